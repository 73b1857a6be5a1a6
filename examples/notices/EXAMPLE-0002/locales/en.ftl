### status: draft

# EXAMPLE-0002 (English): a made-up notice about a made-up infusion pump. Written for the
# example, not reviewed.

product-docking-station = Exemplar VP-DS4 Docking Station
udi-reason-legacy = The docking station was placed on the market before the UDI obligation
    applied to it and carries no UDI; identify it by its catalog and serial number.

intro = { $issuer } is informing you of a software problem in the infusion pumps listed in
    Table 1. This notice ({ $reference }) tells you what the problem is, what
    risk it carries, and what you must do now.
action-type-software-update = Software update, with interim checks by users
attention-nursing = Heads of nursing
attention-biomedical-engineering = Biomedical engineering
attention-risk-management = Risk management

section-problem = Description of the problem
section-risk = Risk to patients
section-user-actions = Actions you must take
section-manufacturer-actions = Actions taken by { $issuer }
section-patient-management = Patients already treated
section-transmission = Passing on this notice
section-contacts = Contact

problem = In software versions 3.1.0 and 3.1.1, the downstream occlusion alarm of the pump
    can be raised up to 20 minutes late when the flow rate is set below 5 mL/h.
hazard = While the alarm is delayed, an occluded line is not reported, and the patient
    receives less of the infused drug than prescribed.
risk = A delayed or interrupted infusion of a critical drug at a low rate, such as a
    vasopressor or insulin, can cause serious harm to the patient. The risk is highest in
    intensive care and neonatal units.
risk-reports = { $issuer } has received two reports of a delayed alarm. No patient was harmed.

action-identify = Identify every Exemplar VP-200 pump and VP-DS4 docking station in your
    facility whose software version is 3.1.0 or 3.1.1 (shown on the start screen).
action-low-rate = Until the software is updated, check the infusion line of a pump running
    below 5 mL/h every 15 minutes.
action-low-rate-detail = Check that the drip chamber and the line show flow, and that the
    volume infused on the display increases.
action-ifu = Keep this notice with the instructions for use of the pump.
action-form = Complete the reply form and return it to service@example.com by 15 May 2026,
    even if you have no affected pump.

manufacturer-actions = { $issuer } service engineers will install software version 3.2.0,
    which corrects the alarm delay, on every affected pump and docking station by
    30 June 2026. They will contact you to agree on a date.

patient-management = Patients who were treated with an affected pump need no follow-up
    because of this problem. You do not need to inform patients.

transmission = Please pass this notice on to everyone in your organisation who needs to
    know about it, and to any organisation to which you have transferred affected pumps.
    Keep it until the software has been updated.

contacts = For questions about this notice, contact { $issuer } Service at
    service@example.com.

form-heading-reply = Customer Reply Form
form-intro = Please complete this form and return it to service@example.com by 15 May 2026.
form-product = Product
form-quantity = Quantity
form-mark-products = Mark every affected product in your facility.
form-q-read = We have read and understood this notice.
form-q-low-rate = We check pumps running below 5 mL/h every 15 minutes until the update.
form-q-users-informed = We have informed all users of the affected pumps.
form-q-customers-identified = We have identified the customers to whom we supplied affected pumps.
form-q-customers-informed = We have passed this notice on to those customers.
form-acknowledge = I confirm that the information above is correct.
form-title = Customer Reply Form
