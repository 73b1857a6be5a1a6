### status: draft

# EXAMPLE-0002 (français) : un avis fictif concernant une pompe à perfusion fictive.
# Traduit pour l'exemple, non relu.

product-docking-station = Station d'accueil Exemplar VP-DS4
udi-reason-legacy = La station d'accueil a été mise sur le marché avant que l'obligation d'IUD
    ne s'applique à elle et ne porte pas d'IUD ; identifiez-la par sa référence et son numéro
    de série.

intro = { $issuer } vous informe d'un problème logiciel des pompes à perfusion énumérées dans
    le tableau 1. Le présent avis ({ $reference }) décrit le problème et le risque
    qu'il comporte, et indique ce que vous devez faire dès maintenant.
action-type-software-update = Mise à jour du logiciel, avec des contrôles provisoires par les utilisateurs
attention-nursing = Cadres de santé
attention-biomedical-engineering = Ingénierie biomédicale
attention-risk-management = Gestion des risques

section-problem = Description du problème
section-risk = Risque pour les patients
section-user-actions = Mesures que vous devez prendre
section-manufacturer-actions = Mesures prises par { $issuer }
section-patient-management = Patients déjà traités
section-transmission = Transmission du présent avis
section-contacts = Contact

problem = Avec les versions logicielles 3.1.0 et 3.1.1, l'alarme d'occlusion en aval de la pompe
    peut se déclencher avec jusqu'à 20 minutes de retard lorsque le débit est réglé au-dessous
    de 5 ml/h.
hazard = Tant que l'alarme est retardée, une ligne occluse n'est pas signalée et le patient
    reçoit moins de médicament que prescrit.
risk = Une perfusion retardée ou interrompue d'un médicament critique à faible débit, tel qu'un
    vasopresseur ou l'insuline, peut nuire gravement au patient. Le risque est le plus élevé en
    soins intensifs et en néonatologie.
risk-reports = { $issuer } a reçu deux signalements d'alarme retardée. Aucun patient n'a subi
    de préjudice.

action-identify = Identifiez chaque pompe Exemplar VP-200 et chaque station d'accueil VP-DS4 de
    votre établissement dont la version logicielle est 3.1.0 ou 3.1.1 (affichée sur l'écran
    de démarrage).
action-low-rate = Jusqu'à la mise à jour du logiciel, contrôlez toutes les 15 minutes la ligne
    de perfusion de chaque pompe dont le débit est inférieur à 5 ml/h.
action-low-rate-detail = Vérifiez que la chambre compte-gouttes et la ligne montrent un
    écoulement et que le volume perfusé affiché augmente.
action-ifu = Conservez le présent avis avec la notice d'utilisation de la pompe.
action-form = Remplissez le formulaire de réponse et renvoyez-le à service@example.com avant
    le 15 mai 2026, même si vous n'avez aucune pompe concernée.

manufacturer-actions = Les techniciens de { $issuer } installeront d'ici le 30 juin 2026 la
    version logicielle 3.2.0, qui corrige le retard de l'alarme, sur chaque pompe et station
    d'accueil concernée. Ils vous contacteront pour convenir d'une date.

patient-management = Les patients traités avec une pompe concernée ne nécessitent aucun suivi
    en raison de ce problème. Vous n'avez pas à informer les patients.

transmission = Veuillez transmettre le présent avis à toutes les personnes de votre
    organisation qui doivent en avoir connaissance, ainsi qu'à toute organisation à laquelle
    vous avez cédé des pompes concernées. Conservez-le jusqu'à la mise à jour du logiciel.

contacts = Pour toute question sur le présent avis, contactez le service de { $issuer } :
    service@example.com.

form-heading-reply = Formulaire de réponse du client
form-intro = Veuillez remplir ce formulaire et le renvoyer à service@example.com avant le
    15 mai 2026.
form-product = Produit
form-quantity = Quantité
form-mark-products = Cochez chaque produit concerné présent dans votre établissement.
form-q-read = Nous avons lu et compris le présent avis.
form-q-low-rate = Nous contrôlons toutes les 15 minutes les pompes à moins de 5 ml/h jusqu'à la mise à jour.
form-q-users-informed = Nous avons informé tous les utilisateurs des pompes concernées.
form-q-customers-identified = Nous avons identifié les clients auxquels nous avons livré des pompes concernées.
form-q-customers-informed = Nous avons transmis le présent avis à ces clients.
form-acknowledge = Je confirme que les informations ci-dessus sont exactes.
form-title = Formulaire de réponse du client
