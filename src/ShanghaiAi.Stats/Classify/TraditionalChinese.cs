namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// Traditional -> simplified pairs for the characters of the classification's common terms (and the words around
/// them in business licences from Hong Kong, Macao and Taiwan investors), written as one string of pairs.
/// </summary>
internal static class TraditionalChinese
{
    public const string Pairs =
        "機机習习學学視视覺觉語语識识別别駕驾駛驶動动數数據据標标註注雲云計计網网聯联車车醫医療疗圖图臉脸" +
        "補补輔辅賠赔單单診诊斷断溫温預预壽寿選选績绩紡纺煉炼爐炉燒烧鑄铸鍛锻軋轧陳陈購购額额債债託托聽听讀读寫写錯错兒儿鑑鉴擇择紗纱貼贴彙汇匯汇櫃柜員员幫帮遞递揀拣" +
        "處处類类傳传測测檢检無无導导體体務务統统開开發发產产軟软電电腦脑銷销維维護护設设備备製制應应術术" +
        "諮咨詢询轉转讓让廣广貨货運运輸输倉仓儲储養养藥药監监虛虚擬拟實实顯显裝装頭头鏡镜態态質质風风險险" +
        "詐诈銀银證证資资貸贷營营業业輛辆遊游戲戏紅红綫线線线區区際际鏈链協协調调聲声紋纹膚肤譯译達达話话" +
        "題题問问認认關关係系譜谱決决義义訊讯號号碼码鍵键盤盘觸触擊击構构築筑樓楼層层燈灯權权歸归範范圍围" +
        "準准許许場场間间專专農农師师歲岁檔档庫库雙双創创幣币價价錢钱買买賣卖貿贸經经濟济財财稅税費费錄录" +
        "稱称內内結结組组織织級级優优練练講讲課课試试評评審审訴诉訟讼書书議议規规劃划則则訓训飛飞艦舰潛潜" +
        "邏逻遙遥攝摄寬宽頻频廠厂礦矿鋼钢鐵铁鋁铝銅铜氣气熱热剛刚夠够陸陆濤涛臺台灣湾門门戶户鎖锁閘闸樣样" +
        "莊庄園园麗丽華华為为麼么個个們们這这來来對对時时會会過过後后說说還还點点長长東东馬马見见親亲進进" +
        "極极";
}
