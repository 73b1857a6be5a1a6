### status: draft

# Shared boilerplate of every notice (Portuguese).

# Letter opening and closing.
salutation = Estimado(a) Cliente,
closing = Com os melhores cumprimentos,

# Label beside the title, and the title lines (largest first).
label-recall = Recolha
title-quality-notification = Notificação de qualidade
title-urgent-device-recall = Recolha urgente de dispositivo médico
title-urgent-safety-notice = Aviso de segurança urgente

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Tabela 1: Produtos afetados
product-table-name = Produto afetado
product-table-catalog = Número de catálogo
product-table-udi-di = Identificador único do dispositivo – Identificador do dispositivo
product-table-version = Versão do software
product-table-serials = Números de série
udi-di-not-available = N/D

# Section headings of the letter.
section-summary = Resumo do problema
section-issuer-actions = Ações tomadas por { $issuer }
section-customer-actions = Ações a tomar pelo cliente

# The "why you are receiving this notice" box.
why-heading = Por que motivo está a receber este aviso
why-body-contact = Está a receber este aviso porque os nossos registos indicam que é a pessoa
    de contacto na sua organização para alterações de produtos, obsolescência de produtos e
    problemas de qualidade.
why-body-marketing = Tenha em atenção que estes avisos contêm informações essenciais sobre os
    nossos produtos e não são comunicações de marketing. Por conseguinte, poderá receber estes
    avisos mesmo que tenha optado por não receber comunicações de marketing de { $issuer }. Se
    não for a pessoa de contacto adequada na sua organização para receber estes avisos, pode
    cancelar a subscrição [submetendo este formulário]({ $link-unsubscribe }). Para mais
    informações, consulte a nossa [Política de Privacidade]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Assistência técnica:
contact-customer-care = Apoio ao cliente:
page-label = Página { $page } de { $total }
intended-use-ivd = Para utilização em diagnóstico in vitro. Não disponível em todos os países
    e regiões.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Formulário de verificação
form-title = Formulário de verificação
form-company-name = Nome da empresa
form-person-heading = Dados da pessoa que preenche o formulário
form-person-name = Nome:
form-person-title = Cargo:
form-date = Data ({ date-placeholder }):
form-serial-numbers = Número(s) de série
form-customer-responses = Respostas do cliente
form-distributor-responses = Respostas do distribuidor/importador

# Answer boxes of the form.
form-yes = Sim
form-no = Não
form-not-applicable = Não aplicável

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Concluído
form-not-done = Não concluído
form-other-reason = Outro:

# Signature cells at the end of the form.
form-signature = Assinatura da pessoa que preenche o formulário
form-signature-date = Data
