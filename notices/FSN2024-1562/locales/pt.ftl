### status: draft

# FSN2024-1562 (Portuguese): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Tabela 1: Produto(s) afetado(s)
product-table-udi-di = Identificador único do dispositivo – Identificador do dispositivo

# Introduction after the salutation, before Table 1.
intro = A Illumina vem por este meio comunicar uma vulnerabilidade de cibersegurança
    identificada no protocolo de comunicação entre o armazenamento em rede, os servidores e/ou
    os computadores fornecidos pelo cliente e os produtos especificados na Tabela 1 abaixo.
    Este aviso resume o problema, as ações tomadas pela Illumina e as ações a tomar pelo
    cliente.

# Issue summary.
summary-risk = Durante a realização de análises de cibersegurança de rotina, a equipa de
    Segurança de Produtos da Illumina identificou um risco não controlado para a segurança do
    produto, associado ao protocolo de comunicação entre os produtos Illumina identificados na
    Tabela 1 e o armazenamento em rede, os servidores e/ou os computadores fornecidos pelo
    cliente. A Illumina determinou que, se não forem utilizados protocolos seguros, um agente
    não autorizado que já tenha obtido acesso privilegiado à rede do cliente poderá intercetar
    e explorar estas comunicações.
summary-exploitation = Se um agente não autorizado explorasse esta vulnerabilidade, poderia
    eventualmente intercetar e modificar ficheiros, o que levaria à entrega de resultados
    incorretos, de resultados atrasados, à ausência de resultados ou à entrega de ficheiros
    corrompidos à entidade de rede fornecida pelo cliente e/ou à exposição dos dados de doentes
    contidos nos ficheiros transmitidos.
summary-no-reports = Até à data, a Illumina não recebeu quaisquer relatos nem dispõe de provas
    que indiquem que esta vulnerabilidade tenha sido explorada.

# Illumina actions.
issuer-actions-guidance = A Illumina disponibiliza um Guia de cibersegurança que inclui
    recomendações sobre a forma como os clientes podem proteger a comunicação da sua rede
    interna com o produto Illumina.
issuer-actions-risk = O incumprimento destas instruções ou a não implementação das boas
    práticas de segurança de rede para proteger os seus sistemas pode deixar a sua organização
    exposta aos riscos acima descritos.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Para todos os produtos afetados, siga os passos abaixo para
    implementar as medidas de mitigação:
customer-actions-download = Transfira e leia [este](https://support.illumina.com/support-content/cyberguidance.html)
    documento do Guia de cibersegurança. A hiperligação completa é indicada abaixo.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Para cada produto ligado à rede do cliente: em colaboração com o
    departamento de TI interno, determine qual o protocolo seguro mais adequado ao seu ambiente
    e implemente a alteração de configuração apropriada.
customer-actions-dual-mode = Nota: uma alteração ao protocolo de rede afeta simultaneamente os
    modos Dx e RUO, pelo que não é necessário arrancar em cada modo separadamente para tomar as
    ações necessárias.
customer-actions-verification-form = Preencha e devolva o Formulário de verificação depois de
    executar todos os passos das instruções fornecidas para o(s) produto(s) específico(s)
    identificado(s) como afetado(s) na Tabela 1.
customer-actions-note = **NOTA:** Se suspeitar que o seu instrumento foi comprometido por um
    utilizador não autorizado, desligue imediatamente o cabo de rede e contacte
    techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Se ocorrer um acontecimento adverso relacionado com a utilização de
    qualquer produto afetado e devido a esta vulnerabilidade, comunique o acontecimento ao
    programa de notificação de acontecimentos adversos MedWatch da FDA online, por correio
    normal ou por fax. Pode preencher e submeter a notificação online em
    www.fda.gov/medwatch/report.htm. Fora dos Estados Unidos, contacte o organismo regulador
    local.
closing-remarks = A Illumina leva a segurança muito a sério. Estamos empenhados em prestar-lhe
    apoio na resolução desta vulnerabilidade. Para quaisquer outras questões ou assistência,
    contacte techsupport@illumina.com. Poderá também ser contactado(a) por um fornecedor
    terceiro em nome da Illumina, que garantirá que recebe o apoio de que necessita.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Todos os direitos reservados. Todas as marcas comerciais
    são propriedade da Illumina, Inc. ou dos respetivos proprietários. Para obter informações
    específicas sobre marcas comerciais, consulte a página
    web [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Estes avisos contêm informações essenciais sobre os nossos produtos e não
    são comunicações de marketing. Por conseguinte, poderá receber estes avisos mesmo que tenha
    optado por não receber comunicações de marketing de { $issuer }. Se não for a pessoa de
    contacto adequada na sua organização para receber estes avisos, pode cancelar a subscrição
    preenchendo e [submetendo este formulário]({ $link-unsubscribe }). Para mais informações,
    consulte a nossa [Política de Privacidade]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = A Illumina enviou-lhe o aviso de recolha urgente de dispositivo médico
    { $notice-id } relativo a um problema que afeta os instrumentos NextSeq 550Dx, MiSeqDx,
    NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN Server v4 e
    VeriSeq Onsite Server v2.
form-intro-complete = Preencha o formulário abaixo para confirmar a receção do aviso e a
    conclusão das ações a tomar pelo cliente descritas neste aviso. Depois de preenchido, envie
    o formulário por e-mail para techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Confirmo que o documento do Guia de cibersegurança foi transferido e
    lido.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Identifiquei os clientes que receberam ou possam ter recebido o
    produto afetado.
