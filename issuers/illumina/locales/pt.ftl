### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vice-Presidente de Qualidade Global
signatory-vp-regulatory-affairs = Vice-Presidente de Assuntos Regulamentares

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Todos os direitos reservados. Todas as marcas comerciais
    são propriedade da Illumina, Inc. ou dos respetivos proprietários. Para obter informações
    específicas sobre marcas comerciais,
    consulte [www.illumina.com/company/legal.html]({ $link-legal }).
