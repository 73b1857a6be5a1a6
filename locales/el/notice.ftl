### status: draft

# Shared boilerplate of every notice (Greek).

# Letter opening and closing.
salutation = Αγαπητέ πελάτη,
closing = Με εκτίμηση,

# Label beside the title, and the title lines (largest first).
label-recall = Ανάκληση
title-quality-notification = Ειδοποίηση ποιότητας
title-urgent-device-recall = Επείγουσα ανάκληση ιατροτεχνολογικού προϊόντος
title-urgent-safety-notice = Επείγουσα ειδοποίηση ασφάλειας πεδίου

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Πίνακας 1: Επηρεαζόμενα προϊόντα
product-table-name = Επηρεαζόμενο προϊόν
product-table-catalog = Αριθμός καταλόγου
product-table-udi-di = Μοναδικό αναγνωριστικό προϊόντος – Αναγνωριστικό προϊόντος
product-table-version = Έκδοση λογισμικού
product-table-serials = Σειριακοί αριθμοί
udi-di-not-available = Μη διαθέσιμο

# Section headings of the letter.
section-summary = Σύνοψη του προβλήματος
section-issuer-actions = Ενέργειες της εταιρείας { $issuer }
section-customer-actions = Ενέργειες του πελάτη

# The "why you are receiving this notice" box.
why-heading = Γιατί λαμβάνετε αυτή την ειδοποίηση
why-body-contact = Λαμβάνετε αυτή την ειδοποίηση επειδή, σύμφωνα με τα αρχεία μας, είστε το
    πρόσωπο επικοινωνίας στον οργανισμό σας για αλλαγές προϊόντων, διακοπή παραγωγής προϊόντων
    και ζητήματα ποιότητας.
why-body-marketing = Σημειώστε ότι αυτές οι ειδοποιήσεις περιέχουν βασικές πληροφορίες για τα
    προϊόντα μας και δεν αποτελούν επικοινωνίες μάρκετινγκ. Ως εκ τούτου, ενδέχεται να
    λαμβάνετε αυτές τις ειδοποιήσεις ακόμη και αν έχετε επιλέξει να μη λαμβάνετε επικοινωνίες
    μάρκετινγκ από την εταιρεία { $issuer }. Εάν δεν είστε το κατάλληλο πρόσωπο επικοινωνίας
    στον οργανισμό σας για τη λήψη τέτοιων ειδοποιήσεων, μπορείτε να διαγραφείτε από τη λίστα
    παραληπτών [υποβάλλοντας αυτή τη φόρμα]({ $link-unsubscribe }). Για περισσότερες
    πληροφορίες, ανατρέξτε στην [Πολιτική απορρήτου]({ $link-privacy }) μας.

# Footer: contact labels, page number, intended use.
contact-technical-support = Τεχνική υποστήριξη:
contact-customer-care = Εξυπηρέτηση πελατών:
page-label = Σελίδα { $page } από { $total }
intended-use-ivd = Για in vitro διαγνωστική χρήση. Δεν διατίθεται σε όλες τις χώρες και
    περιοχές.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Έντυπο επαλήθευσης
form-title = Έντυπο επαλήθευσης
form-company-name = Επωνυμία εταιρείας
form-person-heading = Στοιχεία του ατόμου που συμπληρώνει το έντυπο
form-person-name = Όνομα:
form-person-title = Θέση:
form-date = Ημερομηνία ({ date-placeholder }):
form-serial-numbers = Σειριακός(-οί) αριθμός(-οί)
form-customer-responses = Απαντήσεις πελάτη
form-distributor-responses = Απαντήσεις διανομέα/εισαγωγέα

# Answer boxes of the form.
form-yes = Ναι
form-no = Όχι
form-not-applicable = Δεν ισχύει

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Ολοκληρώθηκε
form-not-done = Δεν ολοκληρώθηκε
form-other-reason = Άλλο:

# Signature cells at the end of the form.
form-signature = Υπογραφή του ατόμου που συμπληρώνει το έντυπο
form-signature-date = Ημερομηνία
