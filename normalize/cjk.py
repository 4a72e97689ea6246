"""Han characters written the Japanese or the traditional way, read as simplified Chinese.

A Japanese body prints its own name in kanji (公益財団法人画像情報教育振興協会, 技術士) and a
mainland catalog prints the same name in simplified characters (画像信息教育振兴协会, 技术士); a Hong
Kong body may print 香港測量師學會 for 香港测量师学会. The characters differ, the name does not, so
comparison keys fold them (`to_simplified`). The table below is general knowledge of the character
forms (Japanese shinjitai and traditional forms against the simplified ones), limited to characters
common in names of bodies and qualifications, and written without reading any catalog. A character
is listed only where its Japanese or traditional form is never itself a simplified character of
another meaning (so 芸, a simplified character of its own, is left out): simplified text is unchanged.
"""

from __future__ import annotations

from functools import lru_cache

# Japanese shinjitai (and forms Japan shares with traditional Chinese) -> simplified
_JAPANESE = (
    "団团 財财 報报 興兴 協协 術术 設设 検检 験验 険险 経经 済济 営营 総总 関关 連连 運运 転转 鉄铁 "
    "電电 気气 計计 試试 認认 証证 議议 資资 進进 機机 構构 開开 門门 級级 書书 業业 産产 際际 務务 "
    "労劳 働动 衛卫 薬药 師师 環环 価价 値值 質质 専专 処处 広广 図图 実实 県县 単单 発发 変变 "
    "対对 応应 断断 続续 読读 講讲 談谈 説说 調调 査查 審审 醫医 医医 歯齿 剤剂 護护 療疗 "
    "農农 林林 漁渔 鋼钢 銀银 銭钱 鉱矿 補补 売卖 買买 貿贸 輸输 車车 軍军 動动 飛飞 航航 "
    "築筑 層层 壊坏 橋桥 陸陆 測测 絵绘 線线 網网 紙纸 組组 織织 結结 継继 縁缘 練练 "
    "員员 園园 圧压 塩盐 復复 徳德 従从 帰归 歴历 権权 様样 検检 楽乐 歓欢 殻壳 "
    "写写 冨富 収收 囲围 圏圈 増增 壮壮 声声 売卖 学学 宝宝 将将 尋寻 届届 峡峡 巻卷 "
    "庁厅 廃废 弾弹 径径 徴征 恵惠 悪恶 戦战 戸户 択择 担担 拠据 挙举 据据 "
    "数数 旧旧 昼昼 晩晚 暦历 条条 来来 栄荣 桜樱 梅梅 検检 様样 槛槛 歩步 残残 殺杀 "
    "毎每 浄净 浅浅 渉涉 満满 滝泷 焼烧 営营 獣兽 猟猎 献献 瓶瓶 畳叠 癒愈 "
    "盗盗 県县 礼礼 禅禅 秘秘 称称 税税 稲稻 穏稳 粋粹 粛肃 糸丝 経经 絶绝 緑绿 縄绳 "
    "総总 縦纵 繊纤 聴听 肅肃 胆胆 脳脑 臓脏 船船 艦舰 芸芸 荘庄 蔵藏 虚虚 虫虫 "
    "衆众 装装 覚觉 観观 触触 訳译 証证 誉誉 読读 謡谣 豊丰 賛赞 践践 踊踊 軽轻 "
    "辺边 逓递 遅迟 郷乡 酔醉 醸酿 釈释 鈴铃 鉛铅 鋳铸 録录 鎮镇 関关 闘斗 陥陷 険险 "
    "隠隐 雑杂 霊灵 静静 顕显 類类 駅驿 騒骚 験验 髄髓 鶏鸡 黒黑 黙默 齢龄 "
)
# traditional Chinese -> simplified (Hong Kong, Macao and Taiwan print these)
_TRADITIONAL = (
    "學学 會会 國国 與与 總总 聯联 醫医 藥药 護护 劃划 審审 稅税 險险 銀银 諮咨 詢询 顧顾 問问 "
    "鐵铁 輸输 結结 檢检 驗验 處处 營营 經经 濟济 場场 測测 員员 專专 證证 認认 級级 書书 "
    "業业 電电 機机 構构 際际 師师 協协 務务 財财 資资 設设 築筑 質质 環环 衛卫 運运 鋼钢 "
    "試试 計计 議议 報报 興兴 術术 開开 門门 團团 產产 價价 値值 值值 發发 變变 對对 應应 "
    "續续 讀读 講讲 說说 調调 查查 療疗 農农 漁渔 補补 賣卖 買买 貿贸 車车 軍军 動动 飛飞 "
    "層层 橋桥 陸陆 線线 網网 紙纸 組组 織织 繼继 練练 園园 壓压 鹽盐 復复 徳德 從从 "
    "歸归 歷历 權权 樣样 樂乐 寫写 收收 圍围 圈圈 增增 聲声 寶宝 將将 尋寻 卷卷 廳厅 "
    "廢废 彈弹 徵征 惡恶 戰战 戶户 擇择 擔担 據据 舉举 數数 舊旧 晝昼 榮荣 櫻樱 步步 "
    "殺杀 每每 淨净 淺浅 滿满 燒烧 獸兽 癒愈 禮礼 稱称 穩稳 絲丝 絕绝 綠绿 繩绳 縱纵 "
    "纖纤 聽听 腦脑 臟脏 艦舰 莊庄 藏藏 虛虚 蟲虫 眾众 裝装 覺觉 觀观 觸触 譯译 譽誉 "
    "豐丰 贊赞 踐践 輕轻 邊边 遲迟 鄉乡 醉醉 釀酿 釋释 鈴铃 鉛铅 鑄铸 錄录 鎮镇 關关 "
    "鬥斗 陷陷 隱隐 雜杂 靈灵 靜静 顯显 類类 驛驿 騷骚 髓髓 雞鸡 黑黑 默默 齡龄 "
    "體体 習习 這这 個个 們们 為为 來来 時时 實实 進进 區区 氣气 萬万 億亿 廣广 "
    "產产 號号 標标 準准 線线 導导 彙汇 匯汇 傳传 創创 義义 聖圣 賓宾 廠厂 倉仓 "
    "華华 島岛 灣湾 紐纽 約约 倫伦 敦敦 蘭兰 愛爱 爾尔 澳澳 瑪玛 亞亚 達达 麥麦 "
    "處处 職职 業业 藝艺 術术 學学 院院 總总 監监 舊旧 "
)


def _table(pairs: str) -> dict[int, str]:
    out: dict[int, str] = {}
    for pair in pairs.split():
        if len(pair) == 2 and pair[0] != pair[1]:
            out[ord(pair[0])] = pair[1]
    return out


_TABLE: dict[int, str] = {}
_TABLE.update(_table(_TRADITIONAL))
_TABLE.update(_table(_JAPANESE))
# Words Japanese writes with other characters than mainland Chinese, same meaning: 情報 is
# 'information' (信息 on the mainland, where 情报 means intelligence), so only the kanji form is
# read as 信息, never the simplified 情报.
_JAPANESE_WORDS = (("情報", "信息"),)


@lru_cache(maxsize=1 << 16)
def to_simplified(text: str) -> str:
    """The text with Japanese and traditional forms of Han characters read as simplified ones
    (and 情報 as 信息); simplified text, Latin, kana and Hangul are returned unchanged."""
    for word, same in _JAPANESE_WORDS:
        text = text.replace(word, same)
    return text.translate(_TABLE)
