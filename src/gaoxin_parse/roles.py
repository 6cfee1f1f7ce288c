"""Word lists of the byline and credit grammar (``docs/bylines.md``). Data only: no logic.

Every list holds the simplified form and the traditional ones (OpenCC s2t, s2tw and s2hk;
``tests/test_script.py`` checks it), so that traditional-script issues read as simplified ones.
"""

from __future__ import annotations

from typing import Final

# fmt: off
#: Role words as printed, with the normalised role each stands for. A role word stands before the
#: names it qualifies (``记者 王明``) or before a colon (``记者:王明``).
ROLE_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys((
        "记者", "記者", "本报记者", "本報記者", "本网记者", "本網記者", "本台记者", "本臺記者",
        "本台記者", "融媒记者", "融媒記者", "融媒体记者", "融媒體記者", "全媒体记者", "全媒體記者",
        "首席记者", "首席記者", "见习记者", "見習記者", "实习记者", "實習記者", "特约记者",
        "特約記者", "特派记者", "特派記者", "驻站记者", "駐站記者",
    ), "reporter"),
    **dict.fromkeys(("通讯员", "通訊員", "特约通讯员", "特約通訊員", "本报通讯员", "本報通訊員"),
                    "correspondent"),
    **dict.fromkeys((
        "摄影记者", "攝影記者", "签约摄影师", "簽約攝影師", "特约摄影", "特約攝影", "摄影师",
        "攝影師", "特约摄影师", "特約攝影師", "本版摄影", "本版攝影",
    ), "photographer"),
    **dict.fromkeys(("实习生", "實習生"), "intern"),
    **dict.fromkeys(("撰稿", "撰文"), "writer"),
    **dict.fromkeys(("摄像", "攝像"), "videographer"),
    **dict.fromkeys(
        ("供稿", "信息员", "信息員", "报道员", "報道員", "报道组", "報道組"), "contributor"
    ),
    #: desk roles: a byline may end with them, but a line that starts with one is a desk credit
    **dict.fromkeys((
        "责任编辑", "責任編輯", "编辑", "編輯", "责编", "責編", "美编", "美編", "校对", "校對",
        "审校", "審校", "编审", "編審", "组版", "組版", "初审", "初審", "二审", "二審", "三审",
        "三審", "终审", "終審", "审核", "審覈", "審核", "主编", "主編", "监制", "監製",
    ), "editor"),
}
#: ``摄影`` before names is the photographer's role word; after them it is a work mark.
PHOTO_ROLE: Final = ("摄影", "攝影")
#: Roles whose first two characters name the source (``本报记者`` → ``本报``).
OWN_SOURCES: Final = ("本报", "本報", "本网", "本網", "本台", "本臺", "本刊")
#: Labels of site metadata and page furniture: a line that starts with one is no byline.
#: ``作者``/``来源`` may stand before a picture credit (``图片来源:记者 王明 摄``).
LABELS: Final = (
    "作者", "来源", "來源", "图片来源", "圖片來源", "本文来源", "本文來源", "关键词", "關鍵詞",
    "图片说明", "圖片說明", "圖片説明", "题", "題",
)
CREDIT_LABELS: Final = ("作者", "来源", "來源", "图片来源", "圖片來源")


def _full_width_slashes(marks: dict[str, str]) -> dict[str, str]:
    """Each mark also with the full-width slash papers print (``文／图``)."""
    return {**marks, **{m.replace("/", "／"): v for m, v in marks.items() if "/" in m}}


#: Work marks after names, with what they say the names did. ``文/摄`` after a name: wrote the
#: text and took the picture; ``/文`` wrote; ``摄`` took it; ``报道`` reported.
WORK_MARKS: Final[dict[str, str]] = _full_width_slashes({
    **dict.fromkeys(("文/摄", "文/攝", "文/图", "文/圖", "图/文", "圖/文", "/文图", "/文圖",
                     "文图", "文圖"), "text+photo"),
    **dict.fromkeys(("摄影报道", "攝影報道"), "text+photo"),  # reported and took the pictures
    **dict.fromkeys(("/摄", "/攝", "/图", "/圖", "摄影", "攝影", "摄", "攝", "航拍", "供图",
                     "供圖"), "photo"),
    **dict.fromkeys(("/文",), "text"),
    **dict.fromkeys(("采访整理", "採訪整理", "整理", "报道", "報道", "报导", "報導", "采写",
                     "採寫"), "report"),
})
#: One-character marks printed as words of their own after the names (``王明 文 李华 图``),
#: told apart from a name's last character by the reader, not the tokenizer.
SPACED_MARKS: Final[dict[str, str]] = {"文": "text", "图": "photo", "圖": "photo"}
#: Work marks printed before a name: ``文/王明 图/李华``, ``文·图/王明``.
PREFIX_MARKS: Final[dict[str, str]] = _full_width_slashes({
    **dict.fromkeys(("文/",), "writer"),
    **dict.fromkeys(("图/", "圖/", "摄/", "攝/", "摄影/", "攝影/"), "photographer"),
    **dict.fromkeys(("文·图/", "文·圖/", "文图/", "文圖/", "图文/", "圖文/", "文·摄/", "文·攝/"),
                    "writer+photographer"),
})


#: Marks printed before a byline or credit line: ``□记者 王明``, ``■摄影 记者 王明``,
#: ``——本报记者王明``, ``·闪电新闻2月23日讯``.
LINE_MARKERS: Final = "□■◎●○◆◇▶►▷▲△▼★☆♦·•・-－—–|｜"
#: Where a copy of a page lost a line's indent (ideographic spaces), it shows question marks
#: (``???本报讯(…)``); where it lost a paper's logo before the byline, a letter ``N``
#: (``N本报记者 王明``). Either may stand before a line's marker and is dropped like it.
LOST_INDENT_RE_TEXT: Final = r"(?:[?？]{1,4}[ \t\u3000]{0,2}|N(?=\p{Han}))?"
#: Characters joining the parts of an organisation's name (``大众网·海报新闻``,
#: ``某某网-某某日报``); ``?`` is where a store lost a middle dot.
JOINERS: Final = "·•・-－?"

#: Words that end a media organisation's name: ``某某日报``, ``某某网``, ``某某融媒``.
MEDIA_SUFFIXES: Final = (
    "新闻", "新聞", "客户端", "客戶端", "频道", "頻道", "融媒", "分社", "记者站", "記者站",
    "日报", "日報", "晚报", "晚報", "在线", "在線", "网", "網", "站", "报", "報", "社", "台", "臺",
    "刊",
)
#: Media words that may extend a source past its first media word (``福州新闻`` + ``网``,
#: ``红网`` + ``平江站``); ``台``/``社``/``报`` alone do not (``本报烟台电``: 烟台 is the place).
SOURCE_EXTENSIONS: Final = (
    "新闻", "新聞", "客户端", "客戶端", "频道", "頻道", "融媒", "分社", "记者站", "記者站",
    "日报", "日報", "晚报", "晚報", "网", "網", "站",
)
#: Words that end the name of a unit or an office (``招商局``, ``某某厂``): never a person.
ORG_SUFFIXES: Final = (
    "政府", "公司", "集团", "集團", "中心", "委员会", "委員會", "管委会", "管委會", "办公室",
    "辦公室", "办", "辦", "局", "委", "厅", "廳", "处", "處", "科", "部", "厂", "廠", "院", "所",
    "校", "队", "隊", "区", "區", "县", "縣", "市", "镇", "鎮", "乡", "鄉",
)

#: Family names (百家姓 and common modern ones, with traditional forms): a personal name starts
#: with one. Names without a role word must start with one, so a word is not taken for a name.
SURNAMES: Final = frozenset(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛"
    "奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康"
    "伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵"
    "席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗"
    "丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫"
    "乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄"
    "印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂濮"
    "牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡"
    "国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查"
    "后荆红游竺权逯盖益桓公覃付肖闫岳晋商牟佘佟粟邝练冼麦甯展邸战揭库达卿帅尧亢鄢来栗要过门承"
    "菅介仝迟代兰母原苟隋雒楚保信修初旷但豆德铁剧回闪买次央扎格尼旦阿热吐帕努谌税檀降才种蹇眭"
    "阳植钞银"
    # common modern ones outside the 百家姓 (朴 of Korean-Chinese families, 盘 of Yao ones, 涂 …)
    "涂塗朴樸操谯譙郇禤郄汝綦冶丛叢盘盤"
    "來儲別劇劉勞厙厲吳呂喬單嚴國堯壽婁孫宮寧嶽帥師幹庫廣張強後從應懷戰時晉曠東楊榮樂權欒歐湯"
    "溫滿烏熱畢盧祿稅種竇範簡紀紅終經練繆羅習聞聶荊莊華萬葉蒼蓋蔣蕭薊藍藺蘇蘭衛計許談諶諸謝譚"
    "豐貝貢買費賀賁賈賴趙車農連遊過達遲邊郟鄒鄔鄧鄭鄺酈鈄鈔鈕銀錢鍾鐘鐵門閃閆閔閻闕關闞陰陳陸"
    "陽雙雲鞏韋韓項須顏顧養餘饒馬馮駱鬱魚魯鮑鳳鹹麥黃黨齊龍龐龔衞"
)
#: Two-character family names (复姓): a name printed alone may then have four characters
#: (``欧阳明远``), where other names printed without a role word have at most three.
COMPOUND_SURNAMES: Final = frozenset((
    "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "令狐",
    "公孙", "公孫", "慕容", "尉迟", "尉遲", "长孙", "長孫", "宇文", "司徒", "夏侯", "端木",
    "独孤", "獨孤", "南宫", "南宮", "西门", "西門", "呼延", "澹台", "澹臺", "轩辕", "軒轅",
    "闻人", "聞人", "申屠", "万俟", "萬俟", "百里", "东郭", "東郭", "钟离", "鍾離", "宗政",
    "濮阳", "濮陽", "太史", "公冶", "赫连", "赫連", "拓跋", "乐正", "樂正", "司空", "仲孙",
    "仲孫", "左丘", "谷梁", "穀梁", "第五",
))
#: Characters that do not occur after the family name of a personal name: function words and
#: the words of bylines and page furniture (``记者获悉``, ``资料图``, ``某某办``).
NON_NAME_CHARS: Final = frozenset(
    "的了是与與及对對把被将將已也就还還很最着著获獲悉据據说說説称稱这這那哪什么麼们們些个個此该"
    "該每各某讯訊报報网網社记記者摄攝图圖版页頁完续續注办辦局委厅廳处處厂廠站部府院所区區县縣市"
    "年过過目司日间間"
)
# fmt: on
