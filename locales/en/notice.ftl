### status: reviewed

# Shared boilerplate of every notice (English, the source for new translations).

# Letter opening and closing.
salutation = Dear Customer,
closing = Sincerely,

# Label beside the title, and the title lines (largest first).
label-recall = Recall
title-quality-notification = Quality Notification
title-urgent-device-recall = Urgent Medical Device Recall
title-urgent-safety-notice = Urgent Field Safety Notice

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Table 1: Affected Products
product-table-name = Affected Product
product-table-catalog = Catalog Number
product-table-udi-di = Unique Device Identifier – Device Identifier
product-table-version = Software version
product-table-serials = Serial numbers
udi-di-not-available = N/A

# Section headings of the letter.
section-summary = Issue Summary
section-issuer-actions = { $issuer } Actions
section-customer-actions = Customer Actions

# The "why you are receiving this notice" box.
why-heading = Why you are receiving this notice
why-body-contact = You are receiving this notice because our records indicate that you are
    the point of contact in your organization for product changes, product obsolescence, and
    quality issues.
why-body-marketing = Please note that these notices contain essential information about our
    products and are not marketing communications. Therefore, you may receive these notices
    even if you have opted out of receiving marketing communications from { $issuer }. If
    you are not the appropriate point of contact in your organization for receiving such
    notices, you can unsubscribe from these notices by [submitting this
    form]({ $link-unsubscribe }). For more information, see our [Privacy
    Policy]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Technical Support:
contact-customer-care = Customer Service:
page-label = Page { $page } of { $total }
intended-use-ivd = For In Vitro Diagnostic Use. Not available in all countries and regions.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Verification Form
form-title = Verification Form
form-company-name = Company Name
form-person-heading = Information of the person completing the form
form-person-name = Name:
form-person-title = Title:
form-date = Date ({ date-placeholder }):
form-serial-numbers = Serial number(s)
form-customer-responses = Customer Responses
form-distributor-responses = Distributor/Importer Responses

# Answer boxes of the form.
form-yes = Yes
form-no = No
form-not-applicable = Not applicable

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Done
form-not-done = Not done
form-other-reason = Other:

# Signature cells at the end of the form.
form-signature = Signature of the person completing the form
form-signature-date = Date
