### status: draft

# EXAMPLE-0003 (English): a made-up recall of reagent lots of a made-up CRP assay, by the
# fictional Example Medical. Written for the example, not reviewed.

title-recall-crp-lots = Recall of Exemplar CRP reagent lots with low recovery
product-crp-200 = Exemplar CRP Reagent Kit, 2 × 100 tests
product-crp-400 = Exemplar CRP Reagent Kit, 4 × 100 tests

intro = { $issuer } is recalling the lots of the Exemplar CRP Reagent Kit listed in Tables 1
    and 2. This notice ({ $reference }) explains the problem and the risk, and tells you
    what your laboratory must do now.
attention-line = **For the attention of:** laboratory directors, laboratory managers, point
    of care coordinators.
attention-laboratory-directors = Laboratory directors
attention-laboratory-managers = Laboratory managers
attention-poct-coordinators = Point of care coordinators

section-problem = Description of the problem
section-risk = Risk to patients
section-user-actions = Actions you must take
section-manufacturer-actions = Actions taken by { $issuer }
section-previous-results = Results already reported
section-transmission = Passing on this notice
section-contacts = Contact

problem = Our stability monitoring has shown that the affected lots recover up to 18 % too
    low at C-reactive protein (CRP) concentrations below 10 mg/L once the reagent has been
    on the analyser for more than 14 days. Quality control material at these
    concentrations may still fall within its limits, so the shift can go unnoticed.
problem-cause = The cause is a raw material of the latex reagent (R2) that degrades faster
    than specified. Lots made from a new batch of this raw material are not affected.
risk = A falsely low CRP result can delay the recognition of an infection or an
    inflammation, in particular in children and in patients followed with repeated
    measurements. Results of 10 mg/L and above are not affected.
risk-reports = { $issuer } has received no report of harm to a patient.

action-quarantine = Stop using the affected lots as soon as you receive this notice, and
    quarantine them.
action-quarantine-analyser = Remove the reagent cassettes of these lots from every
    analyser, including back-up and point of care analysers.
action-quarantine-stock = Label the kits in your refrigerators “Do not use – recall” and
    keep them apart from other stock.
action-replace = Load a lot that is not affected. { $issuer } is shipping replacement kits
    free of charge in the quantities you ordered over the last three months.
action-destroy = Destroy all quarantined kits of the affected lots.
action-destroy-detail = Dispose of them as you dispose of other in vitro diagnostic
    reagents, in accordance with local regulations. Do not return them to { $issuer }.
action-form = Complete the reply form, including the certificate of destruction, and
    return it to service@example.com, even if you no longer hold any affected kit.
action-note = **NOTE:** Do not recalibrate the assay with an affected lot to correct the
    shift: the bias grows with the time the reagent spends on the analyser.

manufacturer-actions = { $issuer } has stopped the distribution of the affected lots and
    has put new lots, made from a new batch of the raw material, on the market. Their
    stability on the analyser has been verified for 28 days.
authority-informed = The competent authority of your country has been informed of this
    action.

previous-results = Only results below 10 mg/L measured with an affected lot after its
    fourteenth day on the analyser can be falsely low. The laboratory director should
    decide, together with the treating physicians, whether such results need to be
    reviewed or the patient retested.

transmission = Please pass this notice on to everyone in your organisation who needs to
    know about it, and to any organisation to which you have supplied affected kits. Keep
    a copy with your quality records.

contacts = For questions about this notice, contact { $issuer } Customer Service at
    service@example.com.

form-heading-reply = Customer Reply Form
form-intro = Please complete this form, sign it and return it to service@example.com.
form-product = Product
form-actions-heading = Actions taken in your laboratory
form-step-quarantine = The affected lots were removed from all analysers and quarantined.
form-step-destroy = All quarantined kits of the affected lots were destroyed.
form-reason-no-stock = We held no kit of the affected lots.
form-q-read = We have read and understood this notice.
form-q-users-informed = We have informed all users of the assay in our organisation.
form-q-results = The laboratory director has assessed whether results already reported
    need to be reviewed.
form-q-customers-identified = We have identified the customers to whom we supplied affected
    kits.
form-q-customers-informed = We have passed this notice on to those customers.
form-title = Customer Reply Form
