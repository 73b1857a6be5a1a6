### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vicepresidente de Calidad Global
signatory-vp-regulatory-affairs = Vicepresidente de Asuntos Regulatorios

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Todos los derechos reservados. Todas las marcas comerciales
    pertenecen a Illumina, Inc. o a sus respectivos propietarios. Para obtener información
    específica sobre las marcas comerciales,
    consulte [www.illumina.com/company/legal.html]({ $link-legal }).
