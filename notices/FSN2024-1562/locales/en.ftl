### status: reviewed

# FSN2024-1562 (English): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Table 1: Affected Product(s)
product-table-udi-di = Unique Device Identifier - Device Identifier

# Introduction after the salutation, before Table 1.
intro = Illumina is contacting you regarding a cybersecurity vulnerability identified in the
    communication protocol between customer-provided network storage, servers, and/or
    computers and the products specified in Table 1 below. This notice summarizes the issue,
    Illumina actions, and required customer actions.

# Issue summary.
summary-risk = While conducting routine cybersecurity analyses, the Illumina Product
    Security Team identified an uncontrolled product security risk associated with the
    communication protocol between the Illumina products identified in Table 1 and
    customer-provided network storage, servers, and/or computers. Illumina has determined
    that, if secure protocols are not used, an unauthorized actor who has already gained
    privileged access to the customer's network could intercept and exploit these
    communications.
summary-exploitation = If an unauthorized actor were to exploit this vulnerability, they
    could potentially intercept and modify files, leading to the delivery of incorrect
    results, delayed results, no results, or corrupted files to the customer-provided network
    entity and/or to the exposure of patient data in the transmitted files.
summary-no-reports = At this time, Illumina has received no reports and has no evidence
    indicating that this vulnerability has been exploited.

# Illumina actions.
issuer-actions-guidance = Illumina provides a Cybersecurity Guidance that includes
    recommendations on how customers can secure their internal network communication with
    the Illumina product.
issuer-actions-risk = Failure to follow these instructions or to implement network security
    best practices to protect your systems may leave your organization exposed to the risks
    described above.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = For all affected products, take the following steps to implement
    the mitigations:
customer-actions-download = Download and read [this](https://support.illumina.com/support-content/cyberguidance.html)
    Cybersecurity Guidance document. The full hyperlink is provided below.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = For each product connected to the customer network: work with
    your internal IT department to determine which secure protocol works best in your
    environment and implement the appropriate configuration change.
customer-actions-dual-mode = Note: a change to the network protocol affects both Dx and RUO
    modes at the same time, so it is not necessary to boot into each mode separately to take
    the required actions.
customer-actions-verification-form = Complete and return the Verification Form after
    performing all steps in the provided instructions for your specific product(s)
    identified as affected in Table 1.
customer-actions-note = **NOTE:** If you suspect that your instrument has been compromised
    by an unauthorized user, immediately disconnect the network cable and contact
    techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = If you experience an adverse event related to the use of any
    affected product and due to this vulnerability, report the event to the FDA MedWatch
    Adverse Event Reporting program online, by regular mail, or by fax. You can complete and
    submit the report online at www.fda.gov/medwatch/report.htm. In areas outside of the
    United States, contact your local regulatory body.
closing-remarks = Illumina takes security very seriously. We are committed to supporting you
    in addressing this vulnerability. For any further questions or assistance, contact
    techsupport@illumina.com. You may also be contacted by a third-party vendor on behalf of
    Illumina, who will ensure that you receive the support you need.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. All rights reserved. All trademarks are the property of
    Illumina, Inc. or their respective owners. For specific trademark information, see the
    webpage [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = These notices contain essential information about our products and are
    not marketing communications. Therefore, you may receive these notices even if you have
    opted out of receiving marketing communications from { $issuer }. If you are not the
    appropriate point of contact in your organization for receiving such notices, you can
    unsubscribe from these notices by completing and [submitting this
    form]({ $link-unsubscribe }). For more information, see our [Privacy
    Policy]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina has sent you Urgent Medical Device Recall notice { $notice-id }
    regarding an issue affecting the NextSeq 550Dx, MiSeqDx, NovaSeq 6000Dx, Illumina
    DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN Server v4, and VeriSeq Onsite Server v2
    instruments.
form-intro-complete = Complete the form below to confirm receipt of the notice and
    completion of the Customer Actions described in this notice. Once completed, send the
    form by email to techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = I confirm that the Cybersecurity Guidance document has been
    downloaded and read.

# Verification form: questions for distributors and importers.
form-q-customers-identified = I have identified the customers who have received or may have
    received the affected product.
