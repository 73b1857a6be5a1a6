### status: draft

# EXAMPLE-0001 (French): a made-up notice showing every element.

product-analysis-server = Serveur d’analyse d’exemple

intro = { $issuer } vous contacte au sujet d’un problème logiciel *fictif* touchant les
    produits répertoriés dans le tableau 1. Cet avis, émis le { $issued }, présente tous les
    éléments proposés par fsn.
summary = Le logiciel peut interrompre un run prématurément. Pour plus de détails, consultez
    la [page d’exemple](https://www.example.com/fsn).

step-update = **Mettez à jour le logiciel** sur chaque instrument concerné.
step-update-backup = Sauvegardez vos données avant la mise à jour.
step-update-verify = Après la mise à jour, vérifiez la version dans l’écran À propos.
step-form = Remplissez et renvoyez le formulaire de vérification.
bullet-contact = Pour toute question, contactez techsupport@example.com.
bullet-forward = Transmettez cet avis à toutes les personnes qui utilisent les produits.
note-network = **REMARQUE :** la mise à jour ne modifie pas vos paramètres réseau.

form-intro = Veuillez remplir le formulaire ci-dessous et le renvoyer par e-mail.
form-product = Produit
form-quantity = Qté
form-location = Emplacement
form-mark-products = Cochez chaque produit concerné en votre possession.
form-row-spare-units = Unités de rechange en stock
form-choice-question = Comment l’instrument est-il connecté ?
form-choice-online = En ligne
form-choice-offline = Hors ligne
form-choice-retired = Mis hors service
form-actions-heading = Actions effectuées
form-reason-no-access = Pas d’accès à l’instrument
form-reason-scheduled = Prévu ultérieurement
form-q-received = Je confirme avoir reçu l’avis { $notice-id } et en avoir lu et compris le
    contenu.
form-q-customers-informed = J’ai informé les clients identifiés de ce rappel.
form-acknowledge = Je reconnais que la mise à jour doit être installée séparément sur chaque
    instrument concerné.
