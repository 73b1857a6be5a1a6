### status: draft

# EXAMPLE-0001 (Portuguese): a made-up notice showing every element.

product-analysis-server = Servidor de análise de exemplo

intro = { $issuer } contacta-o relativamente a um problema de software *fictício* nos produtos
    indicados na Tabela 1. Este aviso, emitido em { $issued }, mostra todos os elementos
    disponibilizados pelo fsn.
summary = O software pode interromper uma execução prematuramente. Consulte a [página de
    exemplo](https://www.example.com/fsn) para obter mais informações.

step-update = **Atualize o software** em todos os instrumentos afetados.
step-update-backup = Efetue uma cópia de segurança dos seus dados antes de atualizar.
step-update-verify = Após a atualização, verifique a versão no ecrã Acerca de.
step-form = Preencha e devolva o Formulário de verificação.
bullet-contact = Para qualquer questão, contacte techsupport@example.com.
bullet-forward = Reencaminhe este aviso para todas as pessoas que utilizam os produtos.
note-network = **NOTA:** a atualização não altera as suas definições de rede.

form-intro = Preencha o formulário abaixo e devolva-o por e-mail.
form-product = Produto
form-quantity = Qtd.
form-location = Localização
form-mark-products = Assinale todos os produtos afetados que possui.
form-row-spare-units = Unidades sobresselentes em armazém
form-choice-question = Como está ligado o instrumento?
form-choice-online = Online
form-choice-offline = Offline
form-choice-retired = Retirado de serviço
form-actions-heading = Ações realizadas
form-reason-no-access = Sem acesso ao instrumento
form-reason-scheduled = Agendado para mais tarde
form-q-received = Confirmo que recebi o aviso { $notice-id } e que li e compreendi o seu
    conteúdo.
form-q-customers-informed = Informei os clientes identificados sobre esta recolha.
form-acknowledge = Tomo conhecimento de que a atualização tem de ser instalada separadamente
    em cada instrumento afetado.
