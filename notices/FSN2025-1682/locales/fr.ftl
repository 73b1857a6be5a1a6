### status: draft

# FSN2025-1682 (French): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = Instrument NovaSeq 6000Dx avec DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Illumina vous contacte au sujet d’une vulnérabilité de sécurité identifiée dans le
    contrôleur de gestion de la carte mère (Baseboard Management Controller, BMC) du DRAGEN™
    Server for NovaSeq™ 6000Dx Instrument et de l’Illumina DRAGEN Server for NextSeq™ 550Dx
    Instrument. Les serveurs concernés sont indiqués dans le tableau 1 ci-dessous. Cet avis
    résume le problème, les actions d’Illumina et les actions requises de la part des clients.
    Remarque : cette vulnérabilité de sécurité se limite à ces instances d’Illumina DRAGEN
    Server. Les autres versions des instances de DRAGEN Server ne sont pas concernées.

# Issue summary.
summary-risk = L’équipe Sécurité des produits d’Illumina a récemment identifié un risque non
    maîtrisé pour la sécurité des produits, associé au contrôleur de gestion de la carte mère
    (BMC) utilisé dans les instances de DRAGEN Server mentionnées ci-dessus. La vulnérabilité
    de sécurité est due à des configurations de la gestion et de la surveillance du réseau à
    distance.
summary-exploitation = Illumina a déterminé que, si un acteur non autorisé exploitait cette
    vulnérabilité, il pourrait accéder à la console distante du BMC sans fournir de mot de
    passe (contournement de l’authentification). L’exploitation de cette vulnérabilité
    pourrait entraîner un accès non autorisé au système, la manipulation des paramètres
    matériels, l’exécution de code à distance, la prise de contrôle à distance, des violations
    de données et des attaques par déni de service.
summary-no-reports = À ce jour, Illumina n’a reçu aucun signalement et ne dispose d’aucun
    élément indiquant que cette vulnérabilité a été exploitée.

# Illumina actions.
issuer-actions-instructions = Illumina fournit aux clients les instructions ci-dessous pour
    sécuriser leurs serveurs et protéger leurs systèmes contre l’exploitation de cette
    vulnérabilité. Une fois appliquées, ces instructions corrigeront la vulnérabilité.
issuer-actions-risk = Le non-respect de ces instructions peut exposer votre système aux
    risques décrits ci-dessus.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = Pour toutes les instances de DRAGEN Server concernées répertoriées
    dans le tableau 1 ci-dessus, les actions suivantes doivent être effectuées afin de
    corriger cette vulnérabilité de sécurité critique :
customer-actions-download = Téléchargez et suivez les instructions destinées aux clients
    disponibles sur [cette page web](https://support.illumina.com/support-content/bmc.html).
    Le lien hypertexte complet figure ci-dessous :
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Remplissez et renvoyez le formulaire de vérification
    après avoir effectué toutes les étapes des instructions fournies pour le ou les serveurs
    spécifiques identifiés comme concernés dans le tableau 1.
customer-actions-note = **REMARQUE :** si vous soupçonnez que votre serveur a été compromis
    par un acteur non autorisé, débranchez immédiatement le câble réseau et contactez
    l’assistance technique d’Illumina à l’adresse techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Si vous subissez un événement indésirable dû à cette vulnérabilité
    de sécurité lors de l’utilisation de l’un des serveurs concernés, signalez l’événement au
    programme de déclaration des événements indésirables MedWatch de la FDA en ligne, par
    courrier postal ou par fax. Vous pouvez remplir et soumettre la déclaration en ligne à
    l’adresse www.fda.gov/medwatch/report.htm. En dehors des États-Unis, contactez votre
    organisme de réglementation local.
closing-remarks = Illumina prend la sécurité très au sérieux. Nous nous engageons à vous
    accompagner dans la résolution de cette vulnérabilité. Pour toute autre question ou
    demande d’assistance, contactez techsupport@illumina.com. Vous pourrez également être
    contacté par un prestataire tiers agissant pour le compte d’Illumina, qui veillera à ce
    que vous receviez l’assistance dont vous avez besoin.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina vous a envoyé l’avis de rappel urgent de dispositif médical
    { $notice-id } concernant un problème touchant le DRAGEN Server for NovaSeq 6000Dx
    Instrument et l’Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Remplissez le formulaire ci-dessous pour confirmer la réception de
    l’avis et la réalisation des actions à mener par le client décrites dans l’avis. Une fois
    rempli, envoyez le formulaire par e-mail à techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Nom du serveur

# Verification form: questions for customers.
form-q-remediation-done = Je confirme que les mesures correctives décrites dans la section
    Actions à mener par le client ont été mises en œuvre sur chaque serveur concerné identifié
    dans le présent formulaire de vérification.

# Verification form: questions for distributors and importers.
form-q-customers-identified = J’ai identifié les clients qui ont reçu ou sont susceptibles
    d’avoir reçu les serveurs concernés.
