### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Αντιπρόεδρος Παγκόσμιας Ποιότητας
signatory-vp-regulatory-affairs = Αντιπρόεδρος Κανονιστικών Θεμάτων

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Με την επιφύλαξη παντός δικαιώματος. Όλα τα εμπορικά σήματα
    είναι ιδιοκτησία της Illumina, Inc. ή των αντίστοιχων κατόχων τους. Για συγκεκριμένες
    πληροφορίες σχετικά με τα εμπορικά σήματα, επισκεφθείτε τη
    διεύθυνση [www.illumina.com/company/legal.html]({ $link-legal }).
