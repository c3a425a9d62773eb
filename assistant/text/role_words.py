"""How Chinese role nouns end (县长, 副主任, 策展人, 工程师, 研究员, 外交官, 记者, 企业家, 主编, CEO): a
morphological pattern read by the answer's role checks (answer/roles.py) and by the question reader that
tells a person's name asked from a thing's (query/name_owner.py)."""

# An executive title written in Latin letters (CEO, CFO, CMO) is a role like any other.
LATIN_ROLE = "C[A-Z]O"
# (jieba tags 主编 as an attribute, b, so an asked 主编 would read as no role without it)
ROLE_ENDINGS = (r"长|书记|主任|委员|代表|主席|总裁|总监|经理|董事|理事|秘书|教授|院士|专家|干部|编辑|[主责总]编|导演|教练|队员|"
                r"[^\W\d_]人|师|员|官|家|者|生|手|士|警|将|帅|" + LATIN_ROLE)
