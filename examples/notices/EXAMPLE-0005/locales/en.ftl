### status: draft

# EXAMPLE-0005 (English): a made-up US recall letter about a made-up patient monitor. Written
# for the example, not reviewed.

title-monitor = Exemplar PM-3 Patient Monitor, software version 2.4.0
attention-biomedical-engineering = Biomedical engineering
attention-nurse-managers = Nurse managers

intro = { $issuer } is recalling the software of the patient monitors listed in Table 1. This
    letter ({ $reference }) tells you why, what the risk is, and what you must do now.

section-problem = Description of the problem
section-hazard = Hazard
section-failure-signs = Signs of the failure
section-user-actions = What to do
section-manufacturer-actions = What { $issuer } is doing
section-contacts = Questions
section-transmission = Passing on this letter

problem = In software version 2.4.0, when the alarm volume is set to its lowest level and the
    monitor then restarts, the SpO₂ alarm can stay silent although it is shown on the screen.
hazard = A silent alarm can delay the response to a patient whose oxygen saturation falls,
    which can cause serious injury or death.
sign-volume-icon = After a restart, the alarm volume icon shows a crossed-out speaker.
sign-no-tone = The monitor does not sound its start-up tone when it restarts.
action-volume = Set the alarm volume of every affected monitor to level 3 or higher, and
    check it after every restart.
action-label = Attach the enclosed label "Check alarm volume after restart" to the front of
    every affected monitor.
action-form = Complete the response form and return it to service@example.com by June 30,
    2026, even if you have no affected monitor.
manufacturer-actions = { $issuer } will release software version 2.4.1, which corrects the
    problem, and install it on every affected monitor by September 30, 2026.
contacts = For questions about this recall, contact { $issuer } Service at
    service@example.com, Monday to Friday.
transmission = Please pass this letter on to everyone in your facility who uses the affected
    monitors, and to any facility to which you have sent them.

form-heading-response = Recall Response Form
form-intro = Please complete this form and return it to service@example.com by June 30, 2026.
form-product = Product
form-quantity = Quantity
form-mark-products = Mark every affected product in your facility.
form-q-read = We have read and understood this letter.
form-q-volume = We have set the alarm volume of every affected monitor to level 3 or higher.
form-q-forwarded = We have passed this letter on to every facility we sent affected monitors to.
form-acknowledge = I confirm that the information above is correct.
form-title = Recall Response Form
