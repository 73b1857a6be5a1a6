### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Αντιπρόεδρος Παγκόσμιας Ποιότητας
signatory-vp-regulatory-affairs = Αντιπρόεδρος Κανονιστικών Θεμάτων

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Με την επιφύλαξη παντός δικαιώματος. Όλα τα εμπορικά σήματα
    είναι ιδιοκτησία της Illumina, Inc. ή των αντίστοιχων κατόχων τους. Για συγκεκριμένες
    πληροφορίες σχετικά με τα εμπορικά σήματα, επισκεφθείτε τη
    διεύθυνση [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Το ζήτημα αυτό έχει γνωστοποιηθεί στους τοπικούς και διεθνείς
    ρυθμιστικούς φορείς και στις αρμόδιες αρχές.
form-salutation = { salutation }
form-q-received = Επιβεβαιώνω ότι έλαβα την ειδοποίηση { $notice-id } και ότι διάβασα και
    κατανόησα το περιεχόμενό της.
form-q-users-informed = Οι πληροφορίες έχουν κοινοποιηθεί σε όλους τους σχετικούς χρήστες.
form-q-customers-informed = Έχω ενημερώσει τους εντοπισμένους πελάτες σχετικά με την παρούσα
    ανάκληση.
form-intro-alternative = Εναλλακτικά, μπορείτε να στείλετε email στην Τεχνική υποστήριξη της
    Illumina με τις πληροφορίες που ζητούνται παρακάτω.
