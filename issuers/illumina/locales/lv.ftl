### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Globālās kvalitātes viceprezidents
signatory-vp-regulatory-affairs = Normatīvo jautājumu viceprezidents

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Visas tiesības aizsargātas. Visas preču zīmes pieder
    uzņēmumam Illumina, Inc. vai to attiecīgajiem īpašniekiem. Konkrētu informāciju par preču
    zīmēm skatiet vietnē [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Par šo problēmu ir informētas vietējās un starptautiskās
    regulatīvās iestādes un kompetentās iestādes.
form-salutation = { salutation }
form-q-received = Apstiprinu, ka paziņojums { $notice-id } ir saņemts un tā saturs ir izlasīts
    un saprasts.
form-q-users-informed = Informācija ir darīta zināma visiem attiecīgajiem lietotājiem.
form-q-customers-informed = Identificētie klienti ir informēti par šo atsaukšanu.
form-intro-alternative = Varat arī nosūtīt e-pasta ziņojumu uzņēmuma Illumina tehniskā
    atbalsta dienestam, norādot tālāk pieprasīto informāciju.
