### status: draft

# FSN2022-1230 (Portuguese): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = RECOLHA URGENTE DE DISPOSITIVO MÉDICO

# Affected products whose names are translated (table rows).
product-nextseq-550dx = Instrumento NextSeq 550Dx
product-miseqdx = Instrumento MiSeqDx

# Table of affected products: this notice's column headings.
product-table-name = Nome do produto/dispositivo
product-table-udi-di = Identificador do dispositivo

# Introduction after the salutation, before Table 1.
intro = A Illumina vem por este meio comunicar uma vulnerabilidade de cibersegurança no Local
    Run Manager (LRM) identificada nos instrumentos NextSeq™ 550Dx e MiSeq™Dx. Este aviso
    resume o problema, as ações tomadas pela Illumina e as ações a tomar pelo cliente.

# Issue summary.
summary-vulnerability = A Illumina identificou uma vulnerabilidade de cibersegurança no
    software Local Run Manager (LRM) dos instrumentos de sequenciação para diagnóstico in vitro
    identificados na Tabela 1.
summary-no-reports = Até à data, a Illumina não recebeu quaisquer relatos que indiquem que esta
    vulnerabilidade tenha sido explorada.
summary-exploitation = Um utilizador não autorizado poderia eventualmente explorar a
    vulnerabilidade para assumir o controlo do instrumento remotamente e, em seguida, executar
    ações ao nível do sistema operativo; tais ações poderiam afetar definições, configurações,
    software ou dados no instrumento ou na rede do cliente. A exploração desta vulnerabilidade
    poderia resultar na não geração de resultados, na geração de resultados incorretos, em
    ficheiros comprometidos ou numa violação de dados de doentes. A exploração desta
    vulnerabilidade da forma acima descrita pode representar um risco potencial para a saúde
    dos doentes.

# Illumina actions.
issuer-actions-patch = A Illumina desenvolveu um patch de software para impedir a exploração
    desta vulnerabilidade. Estamos atualmente a trabalhar no desenvolvimento de uma correção de
    software definitiva para os instrumentos atuais e futuros.
issuer-actions-download = Para os instrumentos ligados à Internet, o patch de software já está
    disponível para transferência (o endereço do site de transferência é indicado na secção
    «Ações a tomar pelo cliente» abaixo). A Illumina recomenda que os clientes transfiram
    imediatamente o patch de software e o instalem em todos os instrumentos afetados.
issuer-actions-offline = Para a instalação do patch de software em produtos LRM afetados que
    não estejam ligados à Internet, a Illumina desenvolveu opções alternativas. Para obter
    informações sobre estas opções, contacte a Assistência técnica através de
    techsupport@illumina.com logo que possível.
issuer-actions-questions = Para quaisquer outras questões ou assistência, contacte
    techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Nota: os instrumentos afetados têm um modo de arranque duplo (dual
    boot), pelo que é importante instalar o patch de software separadamente em cada modo (Dx e
    RUO) de cada instrumento. É igualmente importante instalar o patch de software em qualquer
    instância autónoma do LRM não integrada no instrumento e utilizada em modo RUO em
    instrumentos Dx.

# Step 1 and its three paragraphs.
step-internet = Instrumentos ligados à Internet: transfira e instale imediatamente o patch de
    software disponível neste endereço em cada instrumento afetado, em cada modo (modo Dx e
    modo RUO), e/ou em cada instância autónoma do LRM não integrada no instrumento e utilizada
    em modo RUO em instrumentos Dx.
step-internet-backup = Antes de instalar o patch de software, recomenda-se que faça uma cópia
    de segurança dos seus dados.
step-internet-address = Para uma melhor proteção, a Illumina está atualmente a fornecer o
    endereço do site apenas aos clientes com produtos afetados e aos organismos reguladores.
step-internet-form = Preencha e devolva o Formulário de verificação abaixo no prazo de 5 dias
    úteis.

# Step 2 and its paragraph.
step-offline = Instrumentos não ligados à Internet: para obter instruções sobre outros métodos
    de aplicação do patch de software, contacte techsupport@illumina.com.
step-offline-form = Preencha e devolva o Formulário de verificação abaixo imediatamente após a
    instalação do patch de software.

# Step 3.
step-permanent-fix = Correção de software definitiva: quando estiver disponível, instale a
    atualização de software que corrigirá definitivamente esta vulnerabilidade. Serão enviadas
    mais informações sobre esta atualização de software numa comunicação separada.

# Customer actions: the two notes.
customer-actions-note-web-ui = **NOTA:** a instalação do patch de software bloqueará o acesso
    remoto à interface web do utilizador (web UI) do LRM e substituirá o atual Guia do
    utilizador do LRM; todas as outras funções essenciais do instrumento permanecerão
    inalteradas. Os clientes que utilizam a interface web para fluxos de trabalho laboratoriais
    podem contactar techsupport@illumina.com para obter assistência imediata.
customer-actions-note-compromised = **NOTA:** se suspeitar que o seu instrumento foi
    comprometido por um utilizador não autorizado, desligue imediatamente o cabo de rede e
    contacte imediatamente techsupport@illumina.com. Para obter informações sobre os passos
    para examinar o dispositivo, consulte o Manual de instruções do patch de software LRM 1.0.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Se um utilizador sofrer um acontecimento adverso relacionado com a
    utilização dos produtos afetados e devido a esta vulnerabilidade, comunique o acontecimento
    ao programa de notificação de acontecimentos adversos MedWatch da FDA online, por correio
    normal ou por fax. Pode preencher e submeter a notificação online em
    www.fda.gov/medwatch/report.htm. Fora dos Estados Unidos, contacte o organismo regulador
    local.
closing-remarks = A Illumina leva muito a sério a segurança e a privacidade dos dados. Estamos
    empenhados em prestar-lhe apoio na resolução desta vulnerabilidade. Para quaisquer
    questões, escreva para techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Enviamos-lhe este aviso porque está registado(a) como pessoa de contacto da
    sua organização. Periodicamente, precisamos de informar os nossos clientes sobre alterações
    de produtos, obsolescência de produtos ou problemas de qualidade.
why-body-marketing = Pedimos-lhe, por isso, que preste atenção a estes avisos, uma vez que
    contêm informações importantes sobre os nossos produtos e não são comunicações de
    marketing. Poderá, assim, receber estes avisos mesmo que tenha optado por não receber
    material de marketing de { $issuer }. Se não for a pessoa de contacto adequada na sua
    organização para estes avisos, envie um e-mail para customernotifications@illumina.com
    indicando o contacto correto. Para mais informações, consulte a nossa Política de
    Privacidade.

# Verification form: paragraphs before the form table.
form-intro-sent = Em { $issued }, a Illumina enviou-lhe um aviso de recolha urgente de
    dispositivo médico, { $notice-id }, relativo a um problema que afeta os instrumentos
    NextSeq 550Dx e MiSeqDx.
form-intro-complete = Preencha a tabela abaixo para confirmar a receção do aviso e envie o
    formulário preenchido por e-mail para techsupport@illumina.com depois de concluir a
    instalação do patch de software, conforme descrito na secção «Ações a tomar pelo cliente»
    deste aviso.

# Verification form: checklist of the affected products.
form-product-name = Nome do produto/dispositivo
form-quantity = QTD.
form-serial-numbers = Números de série
form-checklist-hint = Assinale todos os produtos afetados
form-row-standalone-lrm = Instâncias autónomas do LRM não integradas no instrumento e
    utilizadas em modo RUO em instrumentos Dx.

# Verification form: the customer's details.
form-customer-details = Informações do cliente
form-person-name-print = Nome (em maiúsculas):
form-person-title-print = Cargo da pessoa que preenche o formulário (em maiúsculas):

# Verification form: questions for customers.
form-q-lrm-installed = Declaro que o LRM está instalado nos instrumentos assinalados acima.
form-q-patch-installed = Confirmo que o patch de software está instalado em todos os
    instrumentos identificados acima.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Identifiquei os clientes que receberam ou possam ter recebido o
    produto.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Tomo conhecimento de que, após a transferência do patch de
    software, este tem de ser instalado separadamente em cada modo (modo Dx e modo RUO,
    respetivamente) de cada instrumento afetado identificado neste Formulário de verificação
    e/ou em qualquer instância autónoma do LRM não integrada no instrumento e utilizada em modo
    RUO em instrumentos Dx.
