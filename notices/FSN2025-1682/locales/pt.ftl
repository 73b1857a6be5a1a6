### status: draft

# FSN2025-1682 (Portuguese): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = Instrumento NovaSeq 6000Dx, incluindo o DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = A Illumina vem por este meio comunicar uma vulnerabilidade de segurança identificada no
    controlador de gestão da placa principal (Baseboard Management Controller, BMC) do DRAGEN™
    Server for NovaSeq™ 6000Dx Instrument e do Illumina DRAGEN Server for NextSeq™ 550Dx
    Instrument. Os servidores afetados estão especificados na Tabela 1 abaixo. Este aviso
    resume o problema, as ações tomadas pela Illumina e as ações a tomar pelo cliente. Nota:
    esta vulnerabilidade de segurança limita-se a estas instâncias do Illumina DRAGEN Server.
    Outras versões de instâncias do DRAGEN Server não são afetadas.

# Issue summary.
summary-risk = A equipa de Segurança de Produtos da Illumina identificou recentemente um risco
    não controlado para a segurança do produto, associado ao controlador de gestão da placa
    principal (BMC) utilizado nas instâncias do DRAGEN Server acima indicadas. A
    vulnerabilidade de segurança deve-se a configurações da gestão e monitorização remotas da
    rede.
summary-exploitation = A Illumina determinou que, se um agente não autorizado explorasse esta
    vulnerabilidade, poderia aceder à consola remota do BMC sem introduzir uma palavra-passe
    (contorno da autenticação). A exploração desta vulnerabilidade poderia resultar em acesso
    não autorizado ao sistema, manipulação das definições de hardware, execução remota de
    código, controlo remoto, violações de dados e ataques de negação de serviço.
summary-no-reports = Até à data, a Illumina não recebeu quaisquer relatos nem dispõe de provas
    que indiquem que esta vulnerabilidade tenha sido explorada.

# Illumina actions.
issuer-actions-instructions = A Illumina disponibiliza aos clientes as instruções abaixo sobre
    como proteger os seus servidores e os seus sistemas contra a exploração desta
    vulnerabilidade. Uma vez aplicadas, estas instruções corrigirão a vulnerabilidade.
issuer-actions-risk = O incumprimento destas instruções pode deixar o seu sistema exposto aos
    riscos acima descritos.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = Para todas as instâncias do DRAGEN Server afetadas indicadas na
    Tabela 1 acima, devem ser tomadas as seguintes ações para corrigir esta vulnerabilidade de
    segurança crítica:
customer-actions-download = Transfira e siga as instruções para o cliente disponíveis [nesta
    página web](https://support.illumina.com/support-content/bmc.html). A hiperligação completa
    é indicada abaixo:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Preencha e devolva o Formulário de verificação depois de
    executar todos os passos das instruções fornecidas para o(s) servidor(es) específico(s)
    identificado(s) como afetado(s) na Tabela 1.
customer-actions-note = **NOTA:** Se suspeitar que o seu servidor foi comprometido por um
    agente não autorizado, desligue imediatamente o cabo de rede e contacte a Assistência
    técnica da Illumina através de techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Se ocorrer um acontecimento adverso devido a esta vulnerabilidade de
    segurança durante a utilização de qualquer um dos servidores afetados, comunique o
    acontecimento ao programa de notificação de acontecimentos adversos MedWatch da FDA
    online, por correio normal ou por fax. Pode preencher e submeter a notificação online em
    www.fda.gov/medwatch/report.htm. Fora dos Estados Unidos, contacte o organismo regulador
    local.
closing-remarks = A Illumina leva a segurança muito a sério. Estamos empenhados em prestar-lhe
    apoio na resolução desta vulnerabilidade. Para quaisquer outras questões ou assistência,
    contacte techsupport@illumina.com. Poderá também ser contactado(a) por um fornecedor
    terceiro em nome da Illumina, que garantirá que recebe o apoio de que necessita.

# Verification form: paragraphs before the form table.
form-intro-sent = A Illumina enviou-lhe o aviso de recolha urgente de dispositivo médico
    { $notice-id } relativo a um problema que afeta o DRAGEN Server for NovaSeq 6000Dx
    Instrument e o Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Preencha o formulário abaixo para confirmar a receção do aviso e a
    conclusão das ações a tomar pelo cliente descritas no aviso. Depois de preenchido, envie o
    formulário por e-mail para techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Nome do servidor

# Verification form: questions for customers.
form-q-remediation-done = Confirmo que os passos de correção indicados na secção «Ações a tomar
    pelo cliente» foram implementados em todos os servidores afetados identificados neste
    Formulário de verificação.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Identifiquei os clientes que receberam ou possam ter recebido os
    servidores afetados.
