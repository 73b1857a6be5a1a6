### status: draft

# Wording of the us-recall layout: a US recall letter (21 CFR 7.49 and FDA's model recall
# letter). English only: 7.49 concerns the US letter. Loaded only for notices in this layout
# (fsn_core::project::US_RECALL_WORDING). Written for issue 14, not reviewed.

# The marking 21 CFR 7.49(b) asks for, printed first: the wording of FDA's model letters for a
# recall and for a correction (the notice's `us-action`).
us-marking-recall = URGENT: MEDICAL DEVICE RECALL
us-marking-correction = URGENT: MEDICAL DEVICE CORRECTION

# Headings of FDA's model recall letter; those that name the action have a recall's and a
# correction's wording (the notice's `us-action`).
us-section-products = Affected products
us-section-reason-recall = Reason for the recall
us-section-reason-correction = Reason for the correction
us-section-risk = Risk to health
us-section-recognize = How to recognize that the device may fail
us-section-actions = Actions you must take
us-section-manufacturer = Actions taken by { $issuer }
us-section-reporting = Reporting adverse events
us-section-contact = Contact for questions
us-section-transmission-recall = Passing on this recall
us-section-transmission-correction = Passing on this correction

# Fixed wording.
us-medwatch = Adverse reactions or quality problems experienced with the use of this product
    may be reported to the FDA's MedWatch Adverse Event Reporting program either online, by
    regular mail or by fax: [www.fda.gov/medwatch](https://www.fda.gov/medwatch).
us-transmission = Please pass this letter on to everyone in your organization who needs to
    know about it, and to every facility to which you have distributed the affected products.
