"""Countries as catalogs print them, by name: the ISO 3166 alpha-2 code of each.

Shared by the reader (extractors/tables.py: an issuer's 【美国】 label) and issuer matching
(normalize/issuers.py: a 国别 column, a name's Chinese prefix, a country noted after a name).
"""

from __future__ import annotations

COUNTRIES: dict[str, str] = {
    "美国": "US", "美": "US", "英国": "GB", "英": "GB", "加拿大": "CA", "德国": "DE", "澳大利亚": "AU",
    "澳洲": "AU", "新西兰": "NZ", "爱尔兰": "IE", "法国": "FR", "日本": "JP", "韩国": "KR",
    "新加坡": "SG", "瑞士": "CH", "荷兰": "NL", "意大利": "IT", "西班牙": "ES", "瑞典": "SE",
    "印度": "IN", "南非": "ZA", "香港": "HK", "中国香港": "HK", "奥地利": "AT", "比利时": "BE",
    "丹麦": "DK", "挪威": "NO", "芬兰": "FI", "马来西亚": "MY", "俄罗斯": "RU",
    # the seats of the registry's tenth-session bodies ("印度尼西亚" is no Indian body)
    "印度尼西亚": "ID", "印尼": "ID", "葡萄牙": "PT", "巴基斯坦": "PK", "斯里兰卡": "LK", "孟加拉国": "BD",
    "泰国": "TH", "菲律宾": "PH", "巴西": "BR", "阿联酋": "AE", "波兰": "PL", "克罗地亚": "HR",
    "土耳其": "TR", "巴拿马": "PA", "利比里亚": "LR", "以色列": "IL", "中国澳门": "MO", "澳门": "MO",
    "united states": "US", "usa": "US", "us": "US", "u.s.": "US", "u.s.a.": "US", "america": "US",
    "united kingdom": "GB", "uk": "GB", "u.k.": "GB", "great britain": "GB", "england": "GB",
    "canada": "CA", "germany": "DE", "deutschland": "DE", "australia": "AU", "new zealand": "NZ",
    "ireland": "IE", "france": "FR", "japan": "JP", "singapore": "SG", "switzerland": "CH",
}
