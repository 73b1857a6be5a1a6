### status: draft

# Lots, serial numbers and form pieces shared by every notice (French).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Tableau 2 : Lots et numéros de série concernés
lot-table-product = Produit
lot-table-lot = Lot
lot-table-serial = Numéro de série
lot-table-expiry = Date de péremption
lot-table-manufactured = Date de fabrication
lot-table-udi = IUD
lot-serial-range = de { $first } à { $last }
annex-lots-heading = Annexe A : Lots et numéros de série concernés
annex-lots-reference = Les lots et numéros de série concernés sont énumérés à l'annexe A, à la fin de la présente lettre.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Certificat de destruction
form-destruction-statement = Je confirme que les produits énumérés ci-dessous ont été détruits conformément aux instructions du présent avis.
form-destruction-product = Produit
form-destruction-lot = Lot ou numéro de série
form-destruction-quantity = Quantité détruite
form-destruction-date = Date de destruction ({ date-placeholder })
form-destruction-method = Méthode de destruction

# Quantities on the reply form.
form-quantity-returned = Unités retournées
form-quantity-destroyed = Unités détruites
form-quantity-on-hand = Unités en stock

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = OU :
deadline-by = avant le { $date }
form-reply-by = Veuillez renvoyer ce formulaire avant le { $date }.
