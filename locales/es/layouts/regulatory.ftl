### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Spanish).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Nombre comercial
field-fsca-id = Identificador de la FSCA
field-action-type = Tipo de acción
field-date = Fecha
field-attention = A la atención de
field-contact = Contacto
field-fsn-type = Tipo de FSN
fsn-type-new = FSN nuevo
fsn-type-update = Actualización de un FSN anterior
fsn-type-follow-up = Seguimiento de un FSN anterior
fsn-type-other = Otro
field-previous-notice = FSN anterior (referencia, fecha)
field-key-information = Información nueva principal
field-reply-required = Se requiere respuesta del cliente
field-reply-by = Responder antes del
field-inform-patients = Se debe informar a los pacientes o usuarios legos
field-manufacturer = Fabricante
field-address = Dirección
field-website = Sitio web
field-srn = Número de registro único (SRN)
field-attachments = Anexos

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Información sobre el producto
eu-section-reason = Motivo de la acción correctiva de seguridad en el campo (FSCA)
eu-section-action = Tipo de acción para mitigar el riesgo
eu-section-general = Información general
eu-section-transmission = Transmisión de este aviso de seguridad
eu-transmission = Este aviso debe transmitirse a todas las personas de su organización que
    deban conocerlo y a cualquier organización a la que se hayan transferido los productos
    potencialmente afectados.
eu-authority-informed = Se ha informado a la autoridad competente (reguladora) de su país
    sobre esta comunicación a los clientes.
eu-distributor-form = Formulario de respuesta para distribuidores/importadores
eu-distributor-form-intro = Si es usted distribuidor o importador, cumplimente también este
    formulario después de haber transmitido este aviso a sus clientes.
