### status: draft

# FSN2022-1230 (French): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = RAPPEL URGENT DE DISPOSITIF MÉDICAL

# Affected products whose names are translated (table rows).
product-nextseq-550dx = Instrument NextSeq 550Dx
product-miseqdx = Instrument MiSeqDx

# Table of affected products: this notice's column headings.
product-table-name = Nom du produit/dispositif
product-table-udi-di = Identifiant du dispositif

# Introduction after the salutation, before Table 1.
intro = Illumina vous contacte au sujet d’une vulnérabilité de cybersécurité du logiciel Local
    Run Manager (LRM) identifiée sur les instruments NextSeq™ 550Dx et MiSeq™Dx. Cet avis
    résume le problème, les actions d’Illumina et les actions requises de la part des clients.

# Issue summary.
summary-vulnerability = Illumina a identifié une vulnérabilité de cybersécurité dans le
    logiciel Local Run Manager (LRM) des instruments de séquençage de diagnostic in vitro
    identifiés dans le tableau 1.
summary-no-reports = À ce jour, Illumina n’a reçu aucun signalement indiquant que cette
    vulnérabilité a été exploitée.
summary-exploitation = Un utilisateur non autorisé pourrait exploiter cette vulnérabilité pour
    prendre le contrôle de l’instrument à distance, puis effectuer des actions au niveau du
    système d’exploitation ; ces actions pourraient affecter les paramètres, les
    configurations, les logiciels ou les données de l’instrument ou du réseau du client.
    L’exploitation de cette vulnérabilité pourrait entraîner l’absence de résultats, la
    génération de résultats incorrects, la compromission de fichiers ou une violation des
    données des patients. L’exploitation de cette vulnérabilité de la manière décrite
    ci-dessus peut présenter un risque potentiel pour la santé des patients.

# Illumina actions.
issuer-actions-patch = Illumina a développé un correctif logiciel pour empêcher l’exploitation
    de cette vulnérabilité. Nous travaillons actuellement au développement d’une correction
    logicielle permanente pour les instruments actuels et futurs.
issuer-actions-download = Pour les instruments connectés à Internet, le correctif logiciel est
    dès à présent disponible au téléchargement (l’adresse du site de téléchargement est
    indiquée dans la section Actions à mener par le client ci-dessous). Illumina recommande
    aux clients de télécharger immédiatement le correctif logiciel et de l’installer sur tous
    les instruments concernés.
issuer-actions-offline = Pour l’installation du correctif logiciel sur les produits LRM
    concernés qui ne sont pas connectés à Internet, Illumina a développé d’autres options.
    Pour plus d’informations sur ces options, contactez l’assistance technique à l’adresse
    techsupport@illumina.com dès que possible.
issuer-actions-questions = Pour toute autre question ou demande d’assistance, contactez
    techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Remarque : les instruments concernés disposent d’un mode de
    double démarrage (dual boot) et il est important d’installer le correctif logiciel
    séparément dans chaque mode (Dx et RUO) de chaque instrument. Il est également important
    d’installer le correctif logiciel sur toute instance autonome de LRM non intégrée à
    l’instrument et utilisée en mode RUO sur les instruments Dx.

# Step 1 and its three paragraphs.
step-internet = Instruments connectés à Internet : téléchargez et installez immédiatement le
    correctif logiciel disponible à cette adresse sur chaque instrument concerné, dans chaque
    mode (mode Dx et mode RUO), et/ou sur chaque instance autonome de LRM non intégrée à
    l’instrument et utilisée en mode RUO sur les instruments Dx.
step-internet-backup = Avant d’installer le correctif logiciel, il est recommandé de
    sauvegarder vos données.
step-internet-address = Pour une meilleure protection, Illumina ne communique actuellement
    l’adresse du site web qu’aux clients disposant de produits concernés et aux organismes de
    réglementation.
step-internet-form = Remplissez et renvoyez le formulaire de vérification ci-dessous dans un
    délai de 5 jours ouvrables.

# Step 2 and its paragraph.
step-offline = Instruments non connectés à Internet : pour obtenir des instructions sur les
    autres méthodes d’application du correctif logiciel, contactez techsupport@illumina.com.
step-offline-form = Remplissez et renvoyez le formulaire de vérification ci-dessous
    immédiatement après l’installation du correctif logiciel.

# Step 3.
step-permanent-fix = Correction logicielle permanente : dès qu’elle sera disponible, installez
    la mise à jour logicielle qui corrigera définitivement cette vulnérabilité. De plus amples
    informations sur cette mise à jour logicielle vous seront communiquées séparément.

# Customer actions: the two notes.
customer-actions-note-web-ui = **REMARQUE :** l’installation du correctif logiciel bloquera
    l’accès à distance à l’interface utilisateur web de LRM (web UI) et remplacera le guide de
    l’utilisateur actuel de LRM ; toutes les autres fonctions essentielles de l’instrument
    resteront inchangées. Les clients qui utilisent l’interface web pour les flux de travail
    du laboratoire peuvent contacter techsupport@illumina.com pour obtenir une assistance
    immédiate.
customer-actions-note-compromised = **REMARQUE :** si vous soupçonnez que votre instrument a
    été compromis par un utilisateur non autorisé, débranchez immédiatement le câble réseau et
    contactez immédiatement techsupport@illumina.com. Pour plus d’informations sur les étapes
    d’examen du dispositif, reportez-vous au manuel d’instructions du correctif logiciel
    LRM 1.0.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Si un utilisateur subit un événement indésirable lié à l’utilisation
    des produits concernés et dû à cette vulnérabilité, signalez l’événement au programme de
    déclaration des événements indésirables MedWatch de la FDA en ligne, par courrier postal
    ou par fax. Vous pouvez remplir et soumettre la déclaration en ligne à l’adresse
    www.fda.gov/medwatch/report.htm. En dehors des États-Unis, contactez votre organisme de
    réglementation local.
closing-remarks = Illumina prend très au sérieux la sécurité et la confidentialité des
    données. Nous nous engageons à vous accompagner dans la résolution de cette vulnérabilité.
    Pour toute question, veuillez écrire à techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Nous vous envoyons cet avis car vous êtes enregistré comme interlocuteur de
    votre organisation. Nous devons régulièrement informer nos clients des modifications de
    produits, de l’obsolescence des produits ou des problèmes de qualité.
why-body-marketing = Nous vous demandons donc de prêter attention à ces avis, car ils
    contiennent des informations importantes sur nos produits et ne constituent pas des
    communications marketing. Vous pouvez donc recevoir ces avis même si vous avez choisi de
    ne pas recevoir de documents marketing de la part de { $issuer }. Si vous n’êtes pas
    l’interlocuteur approprié au sein de votre organisation pour ces avis, veuillez envoyer un
    e-mail à customernotifications@illumina.com en indiquant le bon interlocuteur. Pour plus
    d’informations, consultez notre Politique de confidentialité.

# Verification form: paragraphs before the form table.
form-intro-sent = Le { $issued }, Illumina vous a envoyé un avis de rappel urgent de
    dispositif médical, { $notice-id }, concernant un problème touchant les instruments
    NextSeq 550Dx et MiSeqDx.
form-intro-complete = Veuillez remplir le tableau ci-dessous pour confirmer la réception de
    l’avis, puis envoyer le formulaire rempli par e-mail à techsupport@illumina.com une fois
    l’installation du correctif logiciel terminée, comme décrit dans la section Actions à
    mener par le client du présent avis.

# Verification form: checklist of the affected products.
form-product-name = Nom du produit/dispositif
form-quantity = QTÉ
form-serial-numbers = Numéros de série
form-checklist-hint = Cochez tous les produits concernés
form-row-standalone-lrm = Instances autonomes de LRM non intégrées à l’instrument et utilisées
    en mode RUO sur les instruments Dx.

# Verification form: the customer's details.
form-customer-details = Informations sur le client
form-person-name-print = Nom (en majuscules) :
form-person-title-print = Fonction (en majuscules) de la personne qui remplit le formulaire :

# Verification form: questions for customers.
form-q-lrm-installed = Je déclare que LRM est installé sur les instruments cochés ci-dessus.
form-q-patch-installed = Je confirme que le correctif logiciel est installé sur tous les
    instruments identifiés ci-dessus.

# Verification form: questions for distributors and importers.
form-q-customers-identified = J’ai identifié les clients qui ont reçu ou sont susceptibles
    d’avoir reçu le produit.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Je reconnais qu’après le téléchargement du correctif logiciel,
    celui-ci doit être installé séparément dans chaque mode (mode Dx et mode RUO
    respectivement) de chaque instrument concerné identifié dans le présent formulaire de
    vérification et/ou sur toute instance autonome de LRM non intégrée à l’instrument et
    utilisée en mode RUO sur les instruments Dx.
