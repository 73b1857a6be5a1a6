### status: reviewed

# EXAMPLE-0001 (English): a made-up notice showing every element.

product-analysis-server = Example Analysis Server

intro = { $issuer } is contacting you about a *made-up* software problem in the products
    listed in Table 1. This notice, issued on { $issued }, shows every element fsn offers.
summary = The software may stop a run early. See the [example
    page](https://www.example.com/fsn) for details.

step-update = **Update the software** on every affected instrument.
step-update-backup = Back up your data before you update.
step-update-verify = After the update, check the version on the About screen.
step-form = Complete and return the Verification Form.
bullet-contact = Contact techsupport@example.com with any question.
bullet-forward = Forward this notice to everyone who uses the products.
note-network = **NOTE:** the update does not change your network settings.

form-intro = Please complete the form below and return it by e-mail.
form-product = Product
form-quantity = Qty
form-location = Location
form-mark-products = Mark every affected product you own.
form-row-spare-units = Spare units in storage
form-choice-question = How is the instrument connected?
form-choice-online = Online
form-choice-offline = Offline
form-choice-retired = Retired
form-actions-heading = Actions taken
form-reason-no-access = No access to the instrument
form-reason-scheduled = Scheduled for later
form-q-received = I confirm receipt of { $notice-id } and have read and understood it.
form-q-customers-informed = I have informed the customers identified of this recall.
form-acknowledge = I acknowledge that the update must be installed on each affected
    instrument separately.
