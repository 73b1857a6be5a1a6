### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Globaalse kvaliteedi asepresident
signatory-vp-regulatory-affairs = Regulatiivküsimuste asepresident

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Kõik õigused kaitstud. Kõik kaubamärgid kuuluvad
    ettevõttele Illumina, Inc. või nende vastavatele omanikele. Täpsemat teavet kaubamärkide
    kohta leiate aadressilt [www.illumina.com/company/legal.html]({ $link-legal }).
