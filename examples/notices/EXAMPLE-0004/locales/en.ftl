### status: draft

# EXAMPLE-0004 (English): a made-up correction of a made-up clinical chemistry analyser, by
# the fictional Example Medical. Written for the example, not reviewed.

title-correction-ca600 = Field correction of Exemplar CA-600 analysers: sample probe cable
product-ca600 = Exemplar CA-600 Clinical Chemistry Analyser

intro = { $issuer } is informing you of a problem with the sample probe of the Exemplar
    CA-600 analysers listed in Tables 1 and 2. A service engineer will correct every
    affected analyser on site. This notice ({ $reference }) tells you what to do until
    then.
attention-line = **For the attention of:** laboratory directors, laboratory managers,
    biomedical engineering.
attention-laboratory-directors = Laboratory directors
attention-laboratory-managers = Laboratory managers
attention-biomedical-engineering = Biomedical engineering

section-problem = Description of the problem
section-risk = Risk to patients
section-user-actions = Actions you must take
section-manufacturer-actions = Actions taken by { $issuer }
section-previous-results = Results already reported
section-transmission = Passing on this notice
section-contacts = Contact

problem = After about 2,000 hours of operation, the cable of the sample probe's liquid
    level sensor can chafe against the guide of the probe arm. A damaged cable can make
    the analyser detect liquid where there is none: the probe then aspirates air or too
    little sample, without the "short sample" flag that should be raised.
risk = Any assay run on an affected analyser can then give a falsely low result without a
    flag. A falsely low result can lead to a wrong diagnosis or a delayed treatment. The
    daily probe check described below detects a damaged cable before it affects results.
risk-reports = { $issuer } has received three reports of a damaged cable, found during
    maintenance. No patient was harmed.

action-identify = Check whether your analyser is affected: its serial number is on the
    rating plate on the rear panel (Figure 1) and in **Menu > System > About**.
figure-serial-alt = Rear panel of the analyser: ventilation slots at the top right, the
    network and USB ports and the power inlet at the right, the rating plate at the bottom
    left. An enlarged view of the rating plate shows the serial number, highlighted, on its
    last line next to the SN symbol.
figure-serial-caption = Figure 1: Where to find the serial number of the analyser
action-probe-check = Until the cable has been replaced, run the probe check every day,
    before the first run:
action-probe-check-open = Open **Menu > Maintenance > Daily > Probe check**.
action-probe-check-run = Follow the instructions on the screen. The check takes about
    4 minutes and uses no reagent.
action-probe-check-failed = If the check reports "Probe signal out of range":
action-probe-check-stop = do not run patient samples on this analyser;
action-probe-check-call = call { $issuer } Service, who will replace the cable within two
    working days.
action-record = Record each check in the maintenance log of the analyser.
action-form = Complete the reply form and return it to service@example.com.

manufacturer-actions = { $issuer } service engineers will replace the cable of every
    affected analyser with a cable in a protective sleeve by 31 March 2027. They will
    contact you to agree on a date; the work takes about one hour.
authority-informed = The competent authority of your country has been informed of this
    action.

previous-results = A failed probe check shows that the cable may already have affected
    results. If a check fails, the laboratory director should decide, together with the
    treating physicians, whether results reported since the last passed check need to be
    reviewed.

transmission = Please pass this notice on to everyone in your organisation who operates or
    maintains the analysers, and to any organisation to which you have transferred an
    affected analyser. Keep this notice with the instructions for use until the cable has
    been replaced.

contacts = For questions about this notice, contact { $issuer } Service at
    service@example.com.

form-heading-reply = Customer Reply Form
form-intro = Please complete this form and return it to service@example.com.
form-product = Analyser
form-mark-analysers = Mark each affected analyser in your laboratory and write its serial
    number.
form-q-read = We have read and understood this notice.
form-q-probe-check = The probe check is run every day before the first run.
form-where-applicable = Where applicable
form-q-check-failed = A probe check has failed, and we have called { $issuer } Service.
form-q-transferred = We have passed this notice on to the new owner of an analyser we no
    longer operate.
form-service-weeks = Weeks that suit your laboratory for the service visit
form-title = Customer Reply Form
