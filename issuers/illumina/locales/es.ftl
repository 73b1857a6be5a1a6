### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vicepresidente de Calidad Global
signatory-vp-regulatory-affairs = Vicepresidente de Asuntos Regulatorios

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Todos los derechos reservados. Todas las marcas comerciales
    pertenecen a Illumina, Inc. o a sus respectivos propietarios. Para obtener información
    específica sobre las marcas comerciales,
    consulte [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Este problema se ha puesto en conocimiento de los organismos
    reguladores locales e internacionales y de las autoridades competentes.
form-salutation = { salutation }
form-q-received = Confirmo que he recibido { $notice-id } y que he leído y comprendido su
    contenido.
form-q-users-informed = La información se ha puesto en conocimiento de todos los usuarios
    pertinentes.
form-q-customers-informed = He informado de esta retirada a los clientes identificados.
form-intro-alternative = También puede enviar un correo electrónico al servicio de asistencia
    técnica de Illumina con la información solicitada a continuación.
