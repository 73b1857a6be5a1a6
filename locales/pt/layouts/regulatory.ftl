### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Portuguese).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Nome comercial
field-fsca-id = Identificador da FSCA
field-action-type = Tipo de ação
field-date = Data
field-attention = À atenção de
field-contact = Contacto
field-fsn-type = Tipo de FSN
fsn-type-new = Novo FSN
fsn-type-update = Atualização de um FSN anterior
fsn-type-follow-up = Seguimento de um FSN anterior
fsn-type-other = Outro
field-previous-notice = FSN anterior (referência, data)
field-key-information = Principais informações novas
field-reply-required = Resposta do cliente necessária
field-reply-by = Responder até
field-inform-patients = Os doentes ou utilizadores leigos devem ser informados
field-manufacturer = Fabricante
field-address = Morada
field-website = Sítio web
field-srn = Número de registo único (SRN)
field-attachments = Anexos

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Informações sobre o dispositivo
eu-section-reason = Motivo da ação corretiva de segurança (FSCA)
eu-section-action = Tipo de ação para mitigar o risco
eu-section-general = Informações gerais
eu-section-transmission = Transmissão deste aviso de segurança
eu-transmission = Este aviso deve ser transmitido a todas as pessoas da sua organização que
    dele devam ter conhecimento e a qualquer organização para a qual tenham sido transferidos os
    dispositivos potencialmente afetados.
eu-authority-informed = A autoridade competente (reguladora) do seu país foi informada desta
    comunicação aos clientes.
eu-distributor-form = Formulário de resposta para distribuidores/importadores
eu-distributor-form-intro = Se for distribuidor ou importador, preencha também este
    formulário depois de transmitir este aviso aos seus clientes.
