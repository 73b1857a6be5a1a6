### status: draft

# Lots, serial numbers and form pieces shared by every notice (Greek).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Πίνακας 2: Επηρεαζόμενες παρτίδες και αριθμοί σειράς
lot-table-product = Προϊόν
lot-table-lot = Παρτίδα
lot-table-serial = Αριθμός σειράς
lot-table-expiry = Ημερομηνία λήξης
lot-table-manufactured = Ημερομηνία παρασκευής
lot-table-udi = UDI
lot-serial-range = από { $first } έως { $last }
annex-lots-heading = Παράρτημα Α: Επηρεαζόμενες παρτίδες και αριθμοί σειράς
annex-lots-reference = Οι επηρεαζόμενες παρτίδες και οι αριθμοί σειράς παρατίθενται στο παράρτημα Α στο τέλος της παρούσας επιστολής.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Πιστοποιητικό καταστροφής
form-destruction-statement = Επιβεβαιώνω ότι τα προϊόντα που αναφέρονται παρακάτω καταστράφηκαν σύμφωνα με τις οδηγίες της παρούσας ειδοποίησης.
form-destruction-product = Προϊόν
form-destruction-lot = Παρτίδα ή αριθμός σειράς
form-destruction-quantity = Ποσότητα που καταστράφηκε
form-destruction-date = Ημερομηνία καταστροφής ({ date-placeholder })
form-destruction-method = Μέθοδος καταστροφής

# Quantities on the reply form.
form-quantity-returned = Μονάδες που επιστράφηκαν
form-quantity-destroyed = Μονάδες που καταστράφηκαν
form-quantity-on-hand = Διαθέσιμες μονάδες

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = Ή:
deadline-by = έως { $date }
form-reply-by = Επιστρέψτε το παρόν έντυπο έως { $date }.
