### status: draft

# EXAMPLE-0004 (français) : une correction inventée d’un analyseur de biochimie inventé, par
# le fabricant fictif Example Medical. Écrit pour l’exemple, non relu.

title-correction-ca600 = Correction sur site des analyseurs Exemplar CA-600 : câble de l’aiguille de prélèvement
product-ca600 = Analyseur de biochimie clinique Exemplar CA-600

intro = { $issuer } vous informe d’un problème touchant l’aiguille de prélèvement des
    analyseurs Exemplar CA-600 énumérés dans les tableaux 1 et 2. Un technicien de
    maintenance corrigera chaque analyseur concerné sur site. Le présent avis
    ({ $reference }) indique ce que vous devez faire d’ici là.
attention-line = **À l’attention de :** biologistes responsables, cadres de laboratoire,
    services biomédicaux.
attention-laboratory-directors = Biologistes responsables
attention-laboratory-managers = Cadres de laboratoire
attention-biomedical-engineering = Services biomédicaux

section-problem = Description du problème
section-risk = Risque pour les patients
section-user-actions = Mesures que vous devez prendre
section-manufacturer-actions = Mesures prises par { $issuer }
section-previous-results = Résultats déjà rendus
section-transmission = Transmission du présent avis
section-contacts = Contact

problem = Après environ 2 000 heures de fonctionnement, le câble du détecteur de niveau de
    liquide de l’aiguille de prélèvement peut frotter contre le guide du bras de l’aiguille.
    Un câble endommagé peut amener l’analyseur à détecter du liquide là où il n’y en a pas :
    l’aiguille aspire alors de l’air ou trop peu d’échantillon, sans que l’alarme
    « échantillon insuffisant » prévue ne soit émise.
risk = Tout dosage réalisé sur un analyseur concerné peut alors donner un résultat
    faussement bas, sans alarme. Un résultat faussement bas peut conduire à un diagnostic
    erroné ou à un retard de traitement. Le contrôle quotidien de l’aiguille décrit
    ci-dessous détecte un câble endommagé avant qu’il n’affecte les résultats.
risk-reports = { $issuer } a reçu trois signalements de câble endommagé, découverts lors de
    la maintenance. Aucun patient n’a subi de préjudice.

action-identify = Vérifiez si votre analyseur est concerné : son numéro de série figure sur
    la plaque signalétique du panneau arrière (figure 1) et dans **Menu > Système > À propos**.
figure-serial-alt = Panneau arrière de l’analyseur : fentes d’aération en haut à droite,
    ports réseau et USB et prise d’alimentation à droite, plaque signalétique en bas à
    gauche. Une vue agrandie de la plaque signalétique montre le numéro de série, mis en
    évidence, sur sa dernière ligne à côté du symbole SN.
figure-serial-caption = Figure 1 : Où trouver le numéro de série de l’analyseur
action-probe-check = Jusqu’au remplacement du câble, effectuez chaque jour, avant la
    première série, le contrôle de l’aiguille :
action-probe-check-open = Ouvrez **Menu > Maintenance > Quotidienne > Contrôle de
    l’aiguille**.
action-probe-check-run = Suivez les instructions à l’écran. Le contrôle dure environ
    4 minutes et ne consomme aucun réactif.
action-probe-check-failed = Si le contrôle signale « Signal de l’aiguille hors limites » :
action-probe-check-stop = n’analysez aucun échantillon de patient sur cet analyseur ;
action-probe-check-call = appelez le service technique de { $issuer }, qui remplacera le
    câble sous deux jours ouvrés.
action-record = Consignez chaque contrôle dans le registre de maintenance de l’analyseur.
action-form = Remplissez le formulaire de réponse et renvoyez-le à service@example.com.

manufacturer-actions = Les techniciens de { $issuer } remplaceront le câble de chaque
    analyseur concerné par un câble sous gaine de protection d’ici le 31 mars 2027. Ils
    vous contacteront pour convenir d’une date ; l’intervention dure environ une heure.
authority-informed = L’autorité compétente de votre pays a été informée de cette action.

previous-results = Un contrôle de l’aiguille en échec indique que le câble a pu déjà
    affecter des résultats. En cas d’échec, il appartient au biologiste responsable de
    décider, avec les médecins prescripteurs, si les résultats rendus depuis le dernier
    contrôle réussi doivent être revus.

transmission = Veuillez transmettre le présent avis à toutes les personnes de votre
    organisation qui utilisent ou entretiennent les analyseurs, ainsi qu’à toute
    organisation à laquelle vous avez cédé un analyseur concerné. Conservez-le avec la
    notice d’utilisation jusqu’au remplacement du câble.

contacts = Pour toute question concernant le présent avis, contactez le service technique
    de { $issuer } à l’adresse service@example.com.

form-heading-reply = Formulaire de réponse client
form-intro = Veuillez remplir ce formulaire et le renvoyer à service@example.com.
form-product = Analyseur
form-mark-analysers = Cochez chaque analyseur concerné de votre laboratoire et indiquez son
    numéro de série.
form-q-read = Nous avons lu et compris le présent avis.
form-q-probe-check = Le contrôle de l’aiguille est effectué chaque jour avant la première
    série.
form-where-applicable = Le cas échéant
form-q-check-failed = Un contrôle de l’aiguille a échoué et nous avons appelé le service
    technique de { $issuer }.
form-q-transferred = Nous avons transmis le présent avis au nouveau détenteur d’un
    analyseur que nous n’exploitons plus.
form-service-weeks = Semaines qui conviennent à votre laboratoire pour l’intervention
form-title = Formulaire de réponse client
