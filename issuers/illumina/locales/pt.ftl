### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vice-Presidente de Qualidade Global
signatory-vp-regulatory-affairs = Vice-Presidente de Assuntos Regulamentares

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Todos os direitos reservados. Todas as marcas comerciais
    são propriedade da Illumina, Inc. ou dos respetivos proprietários. Para obter informações
    específicas sobre marcas comerciais,
    consulte [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Este problema foi comunicado aos organismos reguladores e às
    autoridades competentes locais e internacionais.
form-salutation = { salutation }
form-q-received = Confirmo que recebi o aviso { $notice-id } e que li e compreendi o seu
    conteúdo.
form-q-users-informed = As informações foram levadas ao conhecimento de todos os utilizadores
    relevantes.
form-q-customers-informed = Informei os clientes identificados sobre esta recolha.
form-intro-alternative = Em alternativa, pode enviar um e-mail à Assistência técnica da
    Illumina com as informações solicitadas abaixo.
