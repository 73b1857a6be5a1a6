### status: draft

# Shared wording of the regulatory facts and of the EU template layout (English).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Commercial name
field-fsca-id = FSCA identifier
field-action-type = Type of action
field-date = Date
field-attention = For the attention of
field-contact = Contact
field-fsn-type = Type of FSN
fsn-type-new = New FSN
fsn-type-update = Update of an earlier FSN
fsn-type-follow-up = Follow-up of an earlier FSN
fsn-type-other = Other
field-previous-notice = Previous FSN (reference, date)
field-key-information = Key new information
field-reply-required = Customer reply required
field-reply-by = Reply by
field-inform-patients = Patients or lay users must be informed
field-manufacturer = Manufacturer
field-address = Address
field-website = Website
field-srn = Single registration number (SRN)
field-attachments = Attachments

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Device information
eu-section-reason = Reason for the field safety corrective action (FSCA)
eu-section-action = Type of action to mitigate the risk
eu-section-general = General information
eu-section-transmission = Transmission of this field safety notice
eu-transmission = This notice must be passed on to everyone in your organisation who needs
    to be aware of it, and to any organisation to which the potentially affected devices have
    been transferred.
eu-authority-informed = The competent (regulatory) authority of your country has been
    informed about this communication to customers.
eu-distributor-form = Distributor/importer reply form
eu-distributor-form-intro = If you are a distributor or importer, also complete this form
    once you have passed this notice on to your customers.
