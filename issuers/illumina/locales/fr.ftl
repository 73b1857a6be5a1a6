### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vice-président, Qualité mondiale
signatory-vp-regulatory-affairs = Vice-président, Affaires réglementaires

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Tous droits réservés. Toutes les marques commerciales sont
    la propriété d’Illumina, Inc. ou de leurs détenteurs respectifs. Pour plus d’informations
    sur les marques commerciales, consultez la
    page [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Ce problème a été porté à l’attention des organismes de
    réglementation et des autorités compétentes locaux et internationaux.
form-salutation = { salutation }
form-q-received = Je confirme avoir reçu l’avis { $notice-id } et en avoir lu et compris le
    contenu.
form-q-users-informed = Ces informations ont été portées à l’attention de tous les
    utilisateurs concernés.
form-q-customers-informed = J’ai informé les clients identifiés de ce rappel.
form-intro-alternative = Vous pouvez également envoyer un e-mail à l’assistance technique
    d’Illumina en fournissant les informations demandées ci-dessous.
