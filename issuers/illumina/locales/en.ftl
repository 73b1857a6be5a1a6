### status: reviewed

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vice President of Global Quality
signatory-vp-regulatory-affairs = Vice President of Regulatory Affairs

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. All rights reserved. All trademarks are the property of
    Illumina, Inc. or their respective owners. For specific trademark information,
    see [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = This issue has been brought to the attention of local and
    international regulatory bodies and competent authorities.
form-salutation = { salutation }
form-q-received = I confirm that I have received { $notice-id } and have read and understood
    its contents.
form-q-users-informed = The information has been brought to the attention of all relevant
    users.
form-q-customers-informed = I have informed the identified customers of this recall.
form-intro-alternative = Alternatively, you may send an email to Illumina Technical Support
    providing the information requested below.
