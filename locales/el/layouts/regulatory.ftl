### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Greek).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Εμπορική ονομασία
field-fsca-id = Αναγνωριστικό FSCA
field-action-type = Είδος ενέργειας
field-date = Ημερομηνία
field-attention = Υπόψη
field-contact = Επικοινωνία
field-fsn-type = Είδος FSN
fsn-type-new = Νέο FSN
fsn-type-update = Επικαιροποίηση προηγούμενου FSN
fsn-type-follow-up = Συνέχεια προηγούμενου FSN
fsn-type-other = Άλλο
field-previous-notice = Προηγούμενο FSN (αριθμός αναφοράς, ημερομηνία)
field-key-information = Βασικές νέες πληροφορίες
field-reply-required = Απαιτείται απάντηση του πελάτη
field-reply-by = Απάντηση έως
field-inform-patients = Πρέπει να ενημερωθούν οι ασθενείς ή οι μη επαγγελματίες χρήστες
field-manufacturer = Κατασκευαστής
field-address = Διεύθυνση
field-website = Ιστότοπος
field-srn = Ενιαίος αριθμός καταχώρισης (SRN)
field-attachments = Συνημμένα

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Πληροφορίες για το τεχνολογικό προϊόν
eu-section-reason = Λόγος της διορθωτικής ενέργειας ασφαλείας (FSCA)
eu-section-action = Είδος ενέργειας για τον μετριασμό του κινδύνου
eu-section-general = Γενικές πληροφορίες
eu-section-transmission = Διαβίβαση της παρούσας ειδοποίησης ασφαλείας
eu-transmission = Η παρούσα ειδοποίηση πρέπει να διαβιβαστεί σε όλους όσοι πρέπει να την
    γνωρίζουν στον οργανισμό σας, καθώς και σε κάθε οργανισμό στον οποίο έχουν μεταβιβαστεί τα
    δυνητικά επηρεαζόμενα προϊόντα.
eu-authority-informed = Η αρμόδια (ρυθμιστική) αρχή της χώρας σας έχει ενημερωθεί για την
    παρούσα ανακοίνωση προς τους πελάτες.
eu-distributor-form = Έντυπο απάντησης διανομέα/εισαγωγέα
eu-distributor-form-intro = Εάν είστε διανομέας ή εισαγωγέας, συμπληρώστε επίσης το παρόν
    έντυπο αφού διαβιβάσετε την παρούσα ειδοποίηση στους πελάτες σας.
