### status: draft

# FSN2024-1562 (French): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Tableau 1 : Produit(s) concerné(s)
product-table-udi-di = Identifiant unique du dispositif - Identifiant du dispositif

# Introduction after the salutation, before Table 1.
intro = Illumina vous contacte au sujet d’une vulnérabilité de cybersécurité identifiée dans
    le protocole de communication entre les dispositifs de stockage réseau, serveurs et/ou
    ordinateurs fournis par le client et les produits indiqués dans le tableau 1 ci-dessous.
    Cet avis résume le problème, les actions d’Illumina et les actions requises de la part des
    clients.

# Issue summary.
summary-risk = Lors d’analyses de cybersécurité de routine, l’équipe Sécurité des produits
    d’Illumina a identifié un risque non maîtrisé pour la sécurité des produits, associé au
    protocole de communication entre les produits Illumina identifiés dans le tableau 1 et les
    dispositifs de stockage réseau, serveurs et/ou ordinateurs fournis par le client. Illumina
    a déterminé que, si des protocoles sécurisés ne sont pas utilisés, un acteur non autorisé
    ayant déjà obtenu un accès privilégié au réseau du client pourrait intercepter et
    exploiter ces communications.
summary-exploitation = Si un acteur non autorisé exploitait cette vulnérabilité, il pourrait
    intercepter et modifier des fichiers, ce qui pourrait entraîner la transmission de
    résultats incorrects, de résultats retardés, l’absence de résultats ou des fichiers
    corrompus à l’entité réseau fournie par le client et/ou l’exposition des données des
    patients contenues dans les fichiers transmis.
summary-no-reports = À ce jour, Illumina n’a reçu aucun signalement et ne dispose d’aucun
    élément indiquant que cette vulnérabilité a été exploitée.

# Illumina actions.
issuer-actions-guidance = Illumina fournit un guide de cybersécurité contenant des
    recommandations sur la manière dont les clients peuvent sécuriser la communication de leur
    réseau interne avec le produit Illumina.
issuer-actions-risk = Le non-respect de ces instructions ou l’absence de mise en œuvre des
    bonnes pratiques de sécurité réseau pour protéger vos systèmes peut exposer votre
    organisation aux risques décrits ci-dessus.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Pour tous les produits concernés, suivez les étapes ci-dessous afin
    de mettre en œuvre les mesures d’atténuation :
customer-actions-download = Téléchargez et
    lisez [ce](https://support.illumina.com/support-content/cyberguidance.html) guide de
    cybersécurité. Le lien hypertexte complet figure ci-dessous.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Pour chaque produit connecté au réseau du client : en
    collaboration avec votre service informatique interne, déterminez le protocole sécurisé le
    mieux adapté à votre environnement et mettez en œuvre la modification de configuration
    appropriée.
customer-actions-dual-mode = Remarque : une modification du protocole réseau s’applique
    simultanément aux modes Dx et RUO ; il n’est donc pas nécessaire de démarrer dans chaque
    mode séparément pour effectuer les actions requises.
customer-actions-verification-form = Remplissez et renvoyez le formulaire de vérification
    après avoir effectué toutes les étapes des instructions fournies pour le ou les produits
    spécifiques identifiés comme concernés dans le tableau 1.
customer-actions-note = **REMARQUE :** si vous soupçonnez que votre instrument a été compromis
    par un utilisateur non autorisé, débranchez immédiatement le câble réseau et contactez
    techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Si vous subissez un événement indésirable lié à l’utilisation d’un
    produit concerné et dû à cette vulnérabilité, signalez l’événement au programme de
    déclaration des événements indésirables MedWatch de la FDA en ligne, par courrier postal
    ou par fax. Vous pouvez remplir et soumettre la déclaration en ligne à l’adresse
    www.fda.gov/medwatch/report.htm. En dehors des États-Unis, contactez votre organisme de
    réglementation local.
closing-remarks = Illumina prend la sécurité très au sérieux. Nous nous engageons à vous
    accompagner dans la résolution de cette vulnérabilité. Pour toute autre question ou
    demande d’assistance, contactez techsupport@illumina.com. Vous pourrez également être
    contacté par un prestataire tiers agissant pour le compte d’Illumina, qui veillera à ce
    que vous receviez l’assistance dont vous avez besoin.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Tous droits réservés. Toutes les marques commerciales sont
    la propriété d’Illumina, Inc. ou de leurs détenteurs respectifs. Pour plus d’informations
    sur les marques commerciales, consultez la page
    web [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Ces avis contiennent des informations essentielles sur nos produits et ne
    constituent pas des communications marketing. Par conséquent, vous pouvez recevoir ces
    avis même si vous avez choisi de ne pas recevoir de communications marketing de la part de
    { $issuer }. Si vous n’êtes pas l’interlocuteur approprié au sein de votre organisation
    pour recevoir ces avis, vous pouvez vous désabonner en remplissant et en [soumettant ce
    formulaire]({ $link-unsubscribe }). Pour plus d’informations, consultez notre [Politique
    de confidentialité]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina vous a envoyé l’avis de rappel urgent de dispositif médical
    { $notice-id } concernant un problème touchant les instruments NextSeq 550Dx, MiSeqDx,
    NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN Server v4 et
    VeriSeq Onsite Server v2.
form-intro-complete = Remplissez le formulaire ci-dessous pour confirmer la réception de
    l’avis et la réalisation des actions à mener par le client décrites dans le présent avis.
    Une fois rempli, envoyez le formulaire par e-mail à techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Je confirme que le guide de cybersécurité a été téléchargé et lu.

# Verification form: questions for distributors and importers.
form-q-customers-identified = J’ai identifié les clients qui ont reçu ou sont susceptibles
    d’avoir reçu le produit concerné.
