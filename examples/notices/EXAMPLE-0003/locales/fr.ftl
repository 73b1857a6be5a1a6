### status: draft

# EXAMPLE-0003 (français) : un rappel inventé de lots de réactifs d’un dosage CRP inventé, par
# le fabricant fictif Example Medical. Écrit pour l’exemple, non relu.

title-recall-crp-lots = Rappel de lots du réactif Exemplar CRP présentant une sous-estimation
product-crp-200 = Exemplar CRP, coffret de réactifs, 2 × 100 tests
product-crp-400 = Exemplar CRP, coffret de réactifs, 4 × 100 tests

intro = { $issuer } rappelle les lots du coffret de réactifs Exemplar CRP énumérés dans les
    tableaux 1 et 2. Le présent avis ({ $reference }) décrit le problème et le risque, et
    indique ce que votre laboratoire doit faire dès maintenant.
attention-line = **À l’attention de :** biologistes responsables, cadres de laboratoire,
    coordinateurs de la biologie délocalisée.
attention-laboratory-directors = Biologistes responsables
attention-laboratory-managers = Cadres de laboratoire
attention-poct-coordinators = Coordinateurs de la biologie délocalisée

section-problem = Description du problème
section-risk = Risque pour les patients
section-user-actions = Mesures que vous devez prendre
section-manufacturer-actions = Mesures prises par { $issuer }
section-previous-results = Résultats déjà rendus
section-transmission = Transmission du présent avis
section-contacts = Contact

problem = Notre suivi de stabilité a montré que les lots concernés sous-estiment jusqu’à
    18 % les concentrations de protéine C réactive (CRP) inférieures à 10 mg/L lorsque le
    réactif se trouve depuis plus de 14 jours à bord de l’analyseur. Les contrôles de
    qualité à ces concentrations peuvent rester dans leurs limites : l’écart peut donc
    passer inaperçu.
problem-cause = La cause en est une matière première du réactif latex (R2), qui se dégrade
    plus vite que spécifié. Les lots fabriqués avec un nouveau lot de cette matière
    première ne sont pas concernés.
risk = Un résultat de CRP faussement bas peut retarder la reconnaissance d’une infection ou
    d’une inflammation, en particulier chez l’enfant et chez les patients suivis par des
    dosages répétés. Les résultats égaux ou supérieurs à 10 mg/L ne sont pas concernés.
risk-reports = { $issuer } n’a reçu aucun signalement de préjudice pour un patient.

action-quarantine = Cessez d’utiliser les lots concernés dès réception du présent avis et
    mettez-les en quarantaine.
action-quarantine-analyser = Retirez les cassettes de réactif de ces lots de tous les
    analyseurs, y compris les analyseurs de secours et de biologie délocalisée.
action-quarantine-stock = Étiquetez les coffrets de vos réfrigérateurs « Ne pas utiliser –
    rappel » et stockez-les à l’écart du reste du stock.
action-replace = Chargez un lot non concerné. { $issuer } vous expédie gratuitement des
    coffrets de remplacement dans les quantités commandées au cours des trois derniers mois.
action-destroy = Détruisez tous les coffrets des lots concernés mis en quarantaine.
action-destroy-detail = Éliminez-les comme les autres réactifs de diagnostic in vitro,
    conformément à la réglementation locale. Ne les renvoyez pas à { $issuer }.
action-form = Remplissez le formulaire de réponse, y compris le certificat de destruction,
    et renvoyez-le à service@example.com, même si vous ne détenez plus aucun coffret
    concerné.
action-note = **REMARQUE :** ne recalibrez pas le dosage avec un lot concerné pour corriger
    l’écart : la sous-estimation augmente avec la durée de présence du réactif à bord de
    l’analyseur.

manufacturer-actions = { $issuer } a arrêté la distribution des lots concernés et mis sur le
    marché de nouveaux lots, fabriqués avec un nouveau lot de la matière première. Leur
    stabilité à bord de l’analyseur a été vérifiée sur 28 jours.
authority-informed = L’autorité compétente de votre pays a été informée de cette action.

previous-results = Seuls les résultats inférieurs à 10 mg/L obtenus avec un lot concerné
    après son quatorzième jour à bord de l’analyseur peuvent être faussement bas. Il
    appartient au biologiste responsable de décider, avec les médecins prescripteurs, si
    ces résultats doivent être revus ou le dosage refait.

transmission = Veuillez transmettre le présent avis à toutes les personnes de votre
    organisation qui doivent en avoir connaissance, ainsi qu’à toute organisation à
    laquelle vous avez fourni des coffrets concernés. Conservez-en une copie dans vos
    enregistrements qualité.

contacts = Pour toute question concernant le présent avis, contactez le service client de
    { $issuer } à l’adresse service@example.com.

form-heading-reply = Formulaire de réponse client
form-intro = Veuillez remplir ce formulaire, le signer et le renvoyer à service@example.com.
form-product = Produit
form-actions-heading = Mesures prises dans votre laboratoire
form-step-quarantine = Les lots concernés ont été retirés de tous les analyseurs et mis en
    quarantaine.
form-step-destroy = Tous les coffrets des lots concernés mis en quarantaine ont été
    détruits.
form-reason-no-stock = Nous ne détenions aucun coffret des lots concernés.
form-q-read = Nous avons lu et compris le présent avis.
form-q-users-informed = Nous avons informé tous les utilisateurs du dosage au sein de notre
    organisation.
form-q-results = Le biologiste responsable a évalué si des résultats déjà rendus doivent
    être revus.
form-q-customers-identified = Nous avons identifié les clients auxquels nous avons fourni
    des coffrets concernés.
form-q-customers-informed = Nous avons transmis le présent avis à ces clients.
form-title = Formulaire de réponse client
