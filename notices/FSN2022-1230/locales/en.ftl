### status: reviewed

# FSN2022-1230 (English): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = URGENT MEDICAL DEVICE RECALL

# Affected products whose names are translated (table rows).
product-nextseq-550dx = NextSeq 550Dx Instrument
product-miseqdx = MiSeqDx Instrument

# Table of affected products: this notice's column headings.
product-table-name = Product/Device Name
product-table-udi-di = Device Identifier

# Introduction after the salutation, before Table 1.
intro = Illumina is contacting you regarding a cybersecurity vulnerability in the Local Run
    Manager (LRM) identified on the NextSeq™ 550Dx and MiSeq™Dx instruments. This notice
    summarizes the issue, Illumina actions, and required customer actions.

# Issue summary.
summary-vulnerability = Illumina has identified a cybersecurity vulnerability in the Local
    Run Manager (LRM) software on the in vitro diagnostic sequencing instruments identified
    in Table 1.
summary-no-reports = At this time, Illumina has received no reports indicating that this
    vulnerability has been exploited.
summary-exploitation = An unauthorized user could potentially exploit the vulnerability to
    take control of the instrument remotely and then perform actions at the operating system
    level; such actions could impact settings, configurations, software, or data on the
    instrument or on the customer's network. Exploitation of this vulnerability could result
    in no results being generated, incorrect results being generated, compromised files, or
    a breach of patient data. Exploitation of this vulnerability in the manner described
    above may present a potential risk to patient health.

# Illumina actions.
issuer-actions-patch = Illumina has developed a software patch to prevent exploitation of
    this vulnerability. We are currently working to develop a permanent software fix for
    current and future instruments.
issuer-actions-download = For instruments connected to the internet, the software patch is
    available for download now (the address of the download website is provided in the
    Customer Actions section below). Illumina recommends that customers immediately download
    the software patch and install it on all affected instruments.
issuer-actions-offline = For installing the software patch on affected LRM products that are
    not connected to the internet, Illumina has developed alternative options. For
    information about these options, contact Technical Support at techsupport@illumina.com
    as soon as possible.
issuer-actions-questions = For any further questions or assistance, contact
    techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Note: the affected instruments have a dual-boot mode, and it
    is important to install the software patch separately in each mode (Dx and RUO) of each
    instrument. It is also important to install the software patch on any standalone
    instance of LRM not integrated on the instrument for use in RUO mode on Dx instruments.

# Step 1 and its three paragraphs.
step-internet = Internet-connected instruments: immediately download and install the
    software patch available at this address on each affected instrument, in each mode (Dx
    mode and RUO mode), and/or on each standalone instance of LRM not integrated on the
    instrument for use in RUO mode on Dx instruments.
step-internet-backup = Before installing the software patch, it is recommended that you
    back up your data.
step-internet-address = For better protection, Illumina is currently providing the website
    address only to customers with affected products and to regulatory bodies.
step-internet-form = Complete and return the Verification Form below within 5 business
    days.

# Step 2 and its paragraph.
step-offline = Instruments not connected to the internet: for instructions about other
    methods of implementing the software patch, contact techsupport@illumina.com.
step-offline-form = Complete and return the Verification Form below immediately after
    installing the software patch.

# Step 3.
step-permanent-fix = Permanent software fix: when available, install the software update
    that will permanently remediate this vulnerability. Further information about this
    software update will be sent in a separate communication.

# Customer actions: the two notes.
customer-actions-note-web-ui = **NOTE:** installing the software patch will block remote
    access to the LRM web user interface (web UI) and will replace the current LRM User
    Guide; all other essential instrument functions will remain unchanged. Customers who use
    the web interface for laboratory workflows can contact techsupport@illumina.com for
    immediate assistance.
customer-actions-note-compromised = **NOTE:** if you suspect that your instrument has been
    compromised by an unauthorized user, immediately disconnect the network cable and
    immediately contact techsupport@illumina.com. For information about the steps for
    examining the device, refer to the LRM Software Patch 1.0 Instruction Manual.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = If a user experiences an adverse event related to the use of the
    affected products and due to this vulnerability, report the event to the FDA MedWatch
    Adverse Event Reporting program online, by regular mail, or by fax. You can complete and
    submit the report online at www.fda.gov/medwatch/report.htm. In areas outside of the
    United States, contact your local regulatory body.
closing-remarks = Illumina takes security and data privacy very seriously. We are committed
    to supporting you in addressing this vulnerability. For any questions, please write to
    techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = We are sending you this notice because you are listed as the point of
    contact for your organization. From time to time, we need to inform our customers about
    product changes, product obsolescence, or quality issues.
why-body-marketing = We therefore ask that you pay attention to these notices, as they
    contain important information about our products and are not marketing communications.
    You may therefore receive these notices even if you have opted out of receiving
    marketing material from { $issuer }. If you are not the appropriate point of contact in
    your organization for such notices, please send an email to
    customernotifications@illumina.com with the correct contact. For more information, see
    our Privacy Policy.

# Verification form: paragraphs before the form table.
form-intro-sent = On { $issued }, Illumina sent you an Urgent Medical Device Recall notice,
    { $notice-id }, regarding an issue affecting the NextSeq 550Dx and MiSeqDx instruments.
form-intro-complete = Please complete the table below to confirm receipt of the notice, and
    email the completed form to techsupport@illumina.com once you have finished installing
    the software patch as described in the Customer Actions section of this notice.

# Verification form: checklist of the affected products.
form-product-name = Product/Device Name
form-quantity = QTY
form-serial-numbers = Serial Numbers
form-checklist-hint = Check all affected products
form-row-standalone-lrm = Standalone instances of LRM not integrated on the instrument for
    use in RUO mode on Dx instruments.

# Verification form: the customer's details.
form-customer-details = Customer Information
form-person-name-print = Printed name:
form-person-title-print = Printed title of the person completing the form:

# Verification form: questions for customers.
form-q-lrm-installed = I declare that LRM is installed on the instruments checked above.
form-q-patch-installed = I confirm that the software patch is installed on all instruments
    identified above.

# Verification form: questions for distributors and importers.
form-q-customers-identified = I have identified the customers who have received or may have
    received the product.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = I acknowledge that, after downloading the software patch, it
    must be installed separately in each mode (Dx mode and RUO mode, respectively) of each
    affected instrument identified in this Verification Form and/or on any standalone
    instance of LRM not integrated on the instrument for use in RUO mode on Dx instruments.
