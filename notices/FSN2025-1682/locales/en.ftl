### status: reviewed

# FSN2025-1682 (English): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = NovaSeq 6000Dx Instrument including DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Illumina is contacting you regarding a security vulnerability identified in the
    Baseboard Management Controller (BMC) in the DRAGEN™ Server for NovaSeq™ 6000Dx
    Instrument and the Illumina DRAGEN Server for NextSeq™ 550Dx Instrument. The affected
    servers are specified in Table 1 below. This notice summarizes the issue, Illumina
    actions, and required customer actions. Note: this security vulnerability is limited to
    these Illumina DRAGEN Server instances. Other versions of DRAGEN Server instances are
    not affected.

# Issue summary.
summary-risk = The Illumina Product Security Team recently identified an uncontrolled
    product security risk associated with the Baseboard Management Controller (BMC) used in
    the DRAGEN Server instances listed above. The security vulnerability is due to
    configurations in remote network management and monitoring.
summary-exploitation = Illumina has determined that if an unauthorized actor were to exploit
    this vulnerability, they could access the BMC remote console without providing a
    password (authentication bypass). Exploitation of this vulnerability could lead to
    unauthorized system access, manipulation of hardware settings, remote code execution,
    remote control, data breaches, and denial-of-service attacks.
summary-no-reports = At this time, Illumina has received no reports and has no evidence
    indicating that this vulnerability has been exploited.

# Illumina actions.
issuer-actions-instructions = Illumina is providing customers with the instructions below on
    how to secure their servers and protect their systems from exploitation of this
    vulnerability. Once applied, these instructions will remediate the vulnerability.
issuer-actions-risk = Failure to follow these instructions may leave your system exposed to
    the risks described above.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = For all affected DRAGEN Server instances listed in Table 1 above,
    the following actions must be taken to remediate this critical security vulnerability:
customer-actions-download = Download and follow the customer instructions from [this
    webpage](https://support.illumina.com/support-content/bmc.html). The full hyperlink is
    provided below:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Complete and return the Verification Form after
    performing all steps in the provided instructions for your specific server(s) identified
    as affected in Table 1.
customer-actions-note = **NOTE:** If you suspect that your server has been compromised by an
    unauthorized actor, immediately disconnect the network cable and contact Illumina
    Technical Support at techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = If you experience an adverse event due to this security
    vulnerability while using any of the affected servers, report the event to the FDA
    MedWatch Adverse Event Reporting program online, by regular mail, or by fax. You can
    complete and submit the report online at www.fda.gov/medwatch/report.htm. In areas
    outside of the United States, contact your local regulatory body.
closing-remarks = Illumina takes security very seriously. We are committed to supporting you
    in addressing this vulnerability. For any further questions or assistance, contact
    techsupport@illumina.com. You may also be contacted by a third-party vendor on behalf of
    Illumina, who will ensure that you receive the support you need.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina has sent you Urgent Medical Device Recall notice { $notice-id }
    regarding an issue affecting the DRAGEN Server for NovaSeq 6000Dx Instrument and the
    Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Complete the form below to confirm receipt of the notice and
    completion of the Customer Actions described in the notice. Once completed, send the
    form by email to techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Server name

# Verification form: questions for customers.
form-q-remediation-done = I confirm that the remediation steps listed in the Customer
    Actions section have been implemented on every affected server identified in this
    Verification Form.

# Verification form: questions for distributors and importers.
form-q-customers-identified = I have identified the customers who have received or may have
    received the affected servers.
