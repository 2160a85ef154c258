#!/usr/bin/env bash
# Runs policy-extract on every bundled form of the seed pages and checks one property of the
# output. Usage: samples_test.sh BUILD_DIR CHECK, CHECK one of:
#   counts       each seed form gives 83 records (4 main articles, 19+20+20+20 related items)
#   schema       every record is valid (python3-jsonschema and `policy-extract validate`)
#   provenance   source[span] == text for every mention, title and block (bytes and code points)
#   forms        HTML, JSONL, gzip and the dirty variants give the same articles and values as text
#   threads      output is byte-identical with 1 and 2 threads and across two runs
#   explain      explain's output is valid UTF-8 for every bundled page
#   gold         strict F1 per type against samples/gold is at or above samples/gold/floors.json
#   heldout      samples/heldout/ (pages in other styles: notices, old news, HTML fragments, Traditional,
#                JSONL): schema, provenance and strict F1 floors against their gold
#   heldout2     samples/heldout2/ (a second set: national notice, WeChat, PDF text, a full county HTML
#                page with related items, hospital FAQ and list, 2010 news, JSONL flashes): the same
#   heldout3     samples/heldout3/ (a third set: statistics bulletin, press conference, maternity notice,
#                mobile HTML page, Traditional Macau page, chronic-disease list, 2006 news, short items)
#   heldout4     samples/heldout4/ (a fourth set: hospital news, Q&A forum, rules with a receipt annex,
#                cross-province news, JSONL content records, table-heavy HTML, 惠民保 page, 2003 notice)
#   heldout5     samples/heldout5/ (a fifth set: service guide, fraud cases, national statistics, a CMS
#                portal page, infographic text, gig workers, 12345 hotline JSONL, Taiwan-style Traditional)
#   heldout6     samples/heldout6/ (a sixth set: a 甘肃 notice, 2017 news with renamed counties, Q&A, a
#                portal page with a 相关文件 block, a newspaper report, a price list, aggregator JSONL)
#   heldout7     samples/heldout7/ (a seventh set: local TV news with a 相关新闻 block, a 红头文件, a
#                2010 table-layout page, an insurer's claim guide, a 问政 page, short JSONL items)
#   heldout8     samples/heldout8/ (an eighth set: a long-term-care interpretation, drug procurement
#                news, a 异地就医 Q&A, a 定点机构 公示 list, a 2007 table page, short JSONL items)
#   heldout9     samples/heldout9/ (a ninth set: fund-supervision cases, an outpatient guide, SMS
#                notices, a reply to a deputy's proposal, a Taiwan 健保 page, forum JSONL)
#   heldout10    samples/heldout10/ (a tenth set: an annual work report, a hospital fee notice, a
#                bilingual notice, a live-stream transcript, JSONL with HTML in content)
#   heldout11    samples/heldout11/ (an infographic, a 2013 plan, spaced-out units, a 医保码 guide, briefs)
#   heldout12    samples/heldout12/ (DRG/DIP analysis, a store list, a 产检 Q&A, a 2008 page, HTML JSONL)
#   heldout13    samples/heldout13/ (an audit rectification report, a 惠民保 comparison, a 科普 article,
#                a Cantonese Hong Kong page, 12345 work orders)
#   heldout15    samples/heldout15/ (an account statement, a retirement draft, 2015 news, a bank FAQ, PDF JSONL)
#   heldout16    samples/heldout16/ (a 国办 opinion, a directory, a 川渝 feature, Macau Traditional, markdown Q&A)
#   heldout17    samples/heldout17/ (a 结算单, a village notice, a fund budget report, a 条例, short-video
#                captions JSONL, a 盟/旗 HTML fragment)
#   heldout18    samples/heldout18/ (a tax bureau's payment guide, a 政协 proposal and reply, a pharmacy's
#                drug list, English-influenced finance news, phone FAQ JSONL, 2011 青海 news)
#   heldout19    samples/heldout19/ (an e-service receipt, a 考核 公示 with tables, a travel-insurance FAQ
#                with numbers abroad, a county 融媒体 page, a 2009 notice in Chinese numerals, WeChat HTML)
#   heldout20    samples/heldout20/ (a tender notice, a meeting notice, worked claim examples, a university's
#                参保 notice, HTML rate tables JSONL, a 候鸟 feature from 海南)
#   heldout21    samples/heldout21/ (an OCR'ed 2012 notice, a 人民来信 reply, a 兵团 page, an HR notice on
#                补充医疗, app push JSONL, a DRG news page)
#   heldout22    samples/heldout22/ (a numbered 50-question excerpt, a county 统计公报 with tabs, a 医疗救助
#                story, a price comparison, search-result JSONL, a 政府工作报告)
#   heldout24    samples/heldout24/ (a 港澳居民 guide, a 台胞 notice, a portal page with sidebar and footer, a
#                bilingual FAQ, footnoted 解读, comment JSONL)
#   heldout25    samples/heldout25/ (a 渝北区 参保 notice, a hospital's 住院须知, a 长护险 assessment notice,
#                an interview, WeChat HTML JSONL with split numbers, a 举报奖励 notice)
#   heldout23    samples/heldout23/ (a 医改 chronology, a village radio script, a rumour-debunking article, a
#                glossary, markdown-table JSONL, a clinic's price board)
#   heldout26    samples/heldout26/ (数说2025 figures, a 门诊慢特病 guide, an emoji WeChat Q&A, 一件事 JSONL
#                with tabs, a machine-translated 2019 page with a space between every word)
#   heldout27    samples/heldout27/ (药品目录 news, a 卫生院 公示栏, a Hong Kong page on 北上就医, portal
#                notices HTML JSONL, a 个人账户 analysis)
#   heldout28    samples/heldout28/ (a 好差评 monthly report, a 门诊共济 calculator explainer, a 问政 thread,
#                bank-app tips JSONL, an 阿拉善 牧区 page)
#   heldout29    samples/heldout29/ (a press-conference transcript, a PDF-text notice with a flattened 附件 table,
#                集采 news, a 刑事判决书, a quiz bank, a WeChat 办事日历)
#   heldout30    samples/heldout30/ (新农合-era pages 2000–2013: a 补偿方案, a 筹资 notice, full-width 2006 news,
#                a 2007 试点 notice, a county yearbook, a 1998-reform letter)
#   heldout31    samples/heldout31/ (大病保险 calculations, 医疗救助 HTML tables, CSV previews, a 门诊慢特病 list,
#                a 刑事判决书, a 三句半 skit)
#   heldout32    samples/heldout32/ (生育津贴 formulas, 灵活就业 档次, a 知乎 answer, SMS templates, Weibo crawl
#                JSONL, SRT subtitles)
#   heldout33    samples/heldout33/ (典型案例 曝光, a 支付标准 drug list, a bilingual guide, a 春节 duty notice, a
#                recruitment notice, a questionnaire)
#   heldout34    samples/heldout34/ (a 惠民保 product page, a 直播 transcript, a 客服 chat log, a 理赔 FAQ, an
#                e-policy, an agent's 朋友圈)
#   heldout35    samples/heldout35/ (DRG/DIP 点值, a 医共体 rule, a price board, a fund 决算, a group chat export,
#                an e-mail thread)
#   heldout36    samples/heldout36/ (a portal page with its chrome, Macau Traditional, an Atom feed, an e-mail
#                export, a Markdown guide, a group chat)
#   heldout37    samples/heldout37/ (a 办事指南, a 行政处罚决定书, a 信息公开 annual report, a service agreement,
#                a blog diary, meeting minutes)
#   heldout38    samples/heldout38/ (an e-paper page, a 头条 article, a hospital news page, ASR subtitles, an
#                IVR script, a slide deck)
#   heldout39    samples/heldout39/ (a 监管 quarterly report, a yearbook table, DRG 支付标准, price changes, a
#                quiz bank, a slide outline)
#   heldout40    samples/heldout40/ (an 电子凭证 guide, a school notice, OCR of a long image, a 12345
#                knowledge base, a slide deck, meeting minutes)
#   heldout41    samples/heldout41/ (a 百度百科 entry, a 领导信息 page, a 受理公告, an app-store listing, a
#                工作简报, a quiz)
#   heldout42    samples/heldout42/ (hard HTML: rowspan tables, split numbers, positioned PDF divs, a
#                newsletter, a glossary; podcast notes)
#   heldout44    samples/heldout44/ (internet and spreadsheet number forms: a blogger, a 贴吧 thread, a pasted
#                spreadsheet, a receipt, a 小红书 note, a group chat)
#   heldout43    samples/heldout43/ (colloquial and dialect writing: a Cantonese group chat, a 东北话 抖音
#                transcript, a 重庆 live stream's 弹幕, a 上海话 notice board, a 闽南 family chat, a 大喇叭 broadcast)
#   heldout45    samples/heldout45/ (Traditional cross-border pages: a Hong Kong feature, a Macau notice, a 台胞
#                guide with 民国 years, a 繁體 Q&A, a Hong Kong HTML fragment, HK/Macau JSONL)
#   heldout46    samples/heldout46/ (bilingual and English-mixed pages: a guide for foreigners, an HR e-mail,
#                an international students' page, a pharma newsletter, bilingual signs, aggregator JSONL)
#   heldout47    samples/heldout47/ (settlement statements and bills: a 住院 结算单, an 异地就医 statement, an
#                itemised daily bill, SMS and an app's records, a 惠民保 claim letter, a 费用公示 feed)
#   heldout48    samples/heldout48/ (policy drafting: a 征求意见稿, its 起草说明, a 修订对照表, a 一图读懂 Q&A,
#                a 政府信息公开 page with its metadata, repeal notices)
#   heldout49    samples/heldout49/ (AI chatbot and search-assistant answers: Markdown tables, citations, a
#                multi-turn chat, formulas, a knowledge card, a Q&A API dump)
#   heldout50    samples/heldout50/ (autonomous regions and prefectures: 新疆 prefectures' short forms, a
#                county's news with Tibetan and Mongolian names, 对口支援, a Tibetan–Chinese notice)
#   heldout51    samples/heldout51/ (rates, ratios and changes: ‰ and ‱, percentage points, signed changes, a
#                premium table, an audit summary, an HTML rate table)
#   heldout52    samples/heldout52/ (ambiguous places: people named after places, districts of one name,
#                everyday words that are places, places inside other names)
#   heldout53    samples/heldout53/ (a hospital's website: a 就医指南, a doctors' schedule, a price list, a
#                department phone list with extensions, an HTML Q&A, 院务公开 JSONL)
#   heldout54    samples/heldout54/ (people's congress and CPPCC documents: a reply to a deputy's suggestion, a
#                proposal, a government work report, 两会 news, a portal page, 快讯)
#   heldout55    samples/heldout55/ (commercial health-insurance marketing: a live-stream script, a product page,
#                a 投保须知, a complaint, a comparison, ad JSONL)
#   heldout56    samples/heldout56/ (vague and approximate quantities: a 知乎 answer, a 家长群 chat, a village
#                clinic's 纪实, a carer's diary, a 办理时限 FAQ, posts JSONL)
#   heldout57    samples/heldout57/ (drugs and clinical numbers: 集采 results, a 药品目录 page, a claim complaint
#                with lab values, a DRG/DIP notice, device 集采, pharmacy posts JSONL)
#   heldout58    samples/heldout58/ (places that need context: a national roundup, a 备案 notice listing cities,
#                a 医共体 report, two 和平区, a hospital's campuses, local news JSONL)
#   heldout59    samples/heldout59/ (legal texts: an 实施细则, a city's 办法, a 行政处罚决定书, a repeal list, a
#                起草说明, 普法 Q&A JSONL)
#   heldout60    samples/heldout60/ (time expressions: a 缴费期 notice, a holiday schedule, a 工作总结 with
#                quarters, a 待遇享受期 explainer, a 大事记, short notices JSONL)
#   heldout61    samples/heldout61/ (fund accounts: a 决算 table, a 预算执行 report, an 审计 announcement, an HTML
#                settlement statement, an account statement, fund news JSONL)
#   heldout62    samples/heldout62/ (places below the county: a 卫生院 notice, a 新区 notice, a 兵团 page, a 街道
#                page, a 驻村 report, local news JSONL)
#   heldout63    samples/heldout63/ (the seeds' genre from other sites: a 问答 page, an insurance portal, a 便民
#                site, a 百科 entry, an SEO article, a mobile news app JSONL)
#   heldout64    samples/heldout64/ (government portals with all their chrome: an 信息公开 page, a county news
#                page, a 政策解读 page, a 机构职能 page, 留言回复, list pages JSONL)
#   heldout65    samples/heldout65/ (insurance for specific groups: 资助参保, 医疗救助 tiers, 残疾人 Q&A, 优抚对象,
#                防止返贫, short notices JSONL)
#   heldout66    samples/heldout66/ (ethnic-minority areas: a 盟 notice, 援藏 news, a bilingual 喀什 notice, a 甘孜
#                feature, 延边 border ports, short items JSONL)
#   heldout67    samples/heldout67/ (text extracted from PDFs and scans: a 红头文件 with page footers, a flattened
#                待遇 table, an OCR'd 公示, a 统计公报, a 办事指南, PDF notices JSONL; floors.json: numbers cut by a line wrap)
#   heldout68    samples/heldout68/ (old pages, 2003-2013: a 合管办 补偿方案, a 新农合 pilot county, 襄樊's 居民医保, a 2012
#                county portal, 大病保险 pilots, old items JSONL)
#   heldout69    samples/heldout69/ (recruitment notices of 医保 bodies: a 招聘公告 with its 岗位表, a 购买服务岗位
#                notice, exam scores, a 拟聘用 公示, an HTML 遴选公告, personnel JSONL; floors.json: post codes)
#   heldout70    samples/heldout70/ (hotline work orders: a 12345 工单 export, a 12393 call transcript, a monthly
#                report, a 回访 record, an HTML 市长信箱 letter, 工单 JSONL)
#   heldout71    samples/heldout71/ (online pharmacy pages where 医保 pays: a product page, an order, a 开通公告,
#                an HTML FAQ, a store list, app notifications JSONL)
#   heldout72    samples/heldout72/ (foreign health-insurance systems in Chinese: a comparison, 外籍人员 参保 news, a
#                study-abroad guide, an HTML research brief, a 华侨 Q&A, foreign news JSONL; floors.json: 德州 as Texas)
#   heldout73    samples/heldout73/ (research writing: a journal abstract, results tables, a reference list, a 结题
#                summary, a conference notice, 研究速递 JSONL)
#   heldout74    samples/heldout74/ (court documents: a 刑事判决书, a 民事判决书, a 行政裁定书, a 裁判文书网 list, a
#                庭审 report, court news JSONL)
#   heldout75    samples/heldout75/ (health events: a 义诊 notice, a lecture schedule, a vaccination notice, an HTML
#                体检 package page, SMS reminders, 活动预告 JSONL)
#   heldout76    samples/heldout76/ (traditional Chinese medicine: a 中医院 医保 notice, a prescription, a 膏方 HTML
#                notice, 中医优势病种 news, a 三伏天灸 forum thread, 中医 news JSONL)
#   heldout77    samples/heldout77/ (public-health reports: a 登革热 通报, a 传染病 bulletin, a 食物中毒 notice, a
#                手足口病 school notice, 流感 vaccination news, 疾控 news JSONL)
#   heldout78    samples/heldout78/ (medical devices and consumables: a 集采 拟中选 notice, a 支付标准 list, a
#                hospital's price table, 高值耗材 news, a manufacturer's announcement, 集采 news JSONL; floors.json:
#                an eight-digit 兰州 number)
#   heldout79    samples/heldout79/ (profiles: a 任前公示, a leadership page with dotted career lines, an interview,
#                a 表彰 list, an obituary, personnel news JSONL)
#   heldout80    samples/heldout80/ (university students: a 新生 参保 guide, a 校医院 notice, a 大学生医保 FAQ, a
#                问卷 post, a 毕业生 转移 notice, campus news JSONL; floors.json: campus names)
#   heldout81    samples/heldout81/ (open government data: a catalogue page, a CSV preview, API documentation, a
#                data-release notice, 数据开放 news, data news JSONL; floors.json: a CSV cell's generic name)
#   heldout82    samples/heldout82/ (COVID-era policies, 2020-2023: a 费用保障 notice, a 核酸检测 price notice, a
#                疫苗 notice, a 乙类乙管 notice, 方舱医院 news, 防疫 news JSONL)
#   heldout83    samples/heldout83/ (income tax and 医保: a 大病医疗 扣除 guide, a worked example, a 个税 App FAQ, a
#                社保费 transfer notice, 税优健康险 news, tax news JSONL)
#   heldout84    samples/heldout84/ (work injury and accidents: a 工伤认定 guide, a 伤残待遇 table, a 先行支付
#                notice, a court case, a 人社局 FAQ, 快讯 JSONL)
#   heldout85    samples/heldout85/ (internet hospitals: a 互联网医院 service page, a 医保 notice, a doctor's
#                profile, an app guide, a Q&A thread, news JSONL)
#   heldout86    samples/heldout86/ (home hospital beds and elderly care: a 家庭病床 notice, a 护理院 price list,
#                上门服务 prices, a 体检 notice, a 敬老院 story, news JSONL)
#   heldout87    samples/heldout87/ (blood donation and rare diseases: a 用血 报销 guide, a 血站 notice, a 罕见病
#                notice, patient-association news, a 献血 FAQ, JSONL)
#   heldout88    samples/heldout88/ (dental and eye care: a 种植牙 集采 notice, a 口腔医院 price board, a Q&A, a
#                白内障 screening notice, a patient's blog, JSONL)
#   heldout89    samples/heldout89/ (mental health: a 严重精神障碍 notice, a 12356 hotline notice, a Q&A, a school
#                screening notice, an HTML service page, JSONL)
#   heldout90    samples/heldout90/ (medical service price adjustments: a notice, its 附件 table, a 起草说明, a
#                hospital's notice, news, JSONL)
#   heldout91    samples/heldout91/ (medical aesthetics: a 医保 warning, a clinic's price list, a 12345 complaint
#                summary, a court case, a 小红书 post, JSONL)
#   heldout92    samples/heldout92/ (summer heat: a 高温津贴 notice, 中暑 news, a 纳凉点 list, 防暑 tips, a 工伤
#                Q&A, JSONL; floors.json: a headline's hospital, 朝阳洲)
#   heldout93    samples/heldout93/ (博鳌乐城 and imported drugs: a 先行区 notice, a 特药险 page, a patient's story, a
#                Q&A, a 海关 notice, JSONL; floors.json: 琼海城区, a number with 海南's shared code)
#   heldout94    samples/heldout94/ (rare diseases: a provincial notice, an SMA family's story, an MDT clinic page,
#                a 双通道 pharmacy list, 罕见病日 news, JSONL; floors.json: 安徽省立医院, a baby named before its age)
#   heldout95    samples/heldout95/ (vaccination: an HPV notice, a 流感疫苗 notice, 个人账户 for vaccines, a rabies
#                Q&A, a children's vaccination calendar, JSONL)
#   heldout96    samples/heldout96/ (traditional Chinese medicine: a price notice, a 膏方节 page, an interview,
#                饮片 集采 news, a 三九贴 notice, JSONL)
#   heldout97    samples/heldout97/ (assisted reproduction: a 纳入医保 notice, a centre's guide, a couple's story,
#                生育支持 measures, a Q&A, JSONL)
#   heldout98    samples/heldout98/ (ambulance and pre-hospital care: a price notice, a 120 Q&A, dispatch news,
#                an AED notice, a training page, JSONL)
#   heldout99    samples/heldout99/ (occupational disease: 尘肺病 康复站, 工伤 vs 医保, 救治 news, an 职业健康检查
#                notice, a miner's forum post, JSONL)
#   heldout100   samples/heldout100/ (medical consumables procurement: a 集采 notice, a 耗材 price list, a story,
#                a 支付标准 notice, a monitoring report, JSONL)
#   heldout101   samples/heldout101/ (veterans: a joint notice, a 优待证 list, a martyr's widow's story, an HTML
#                Q&A, a hospital window notice, JSONL)
#   heldout102   samples/heldout102/ (Tibet and Xinjiang: a 农牧区 notice, a 兵团 Q&A, 援藏/援疆 news, a 巡回医疗
#                story, a 卫生院 price table, JSONL)
#   heldout103   samples/heldout103/ (两病: a city notice, a clinic's 慢病 page, a patient's diary, a 家庭医生
#                notice, statistics news, JSONL)
#   heldout104   samples/heldout104/ (两癌 screening: a notice, a 妇幼保健院 page, results news, a 医保 Q&A, a
#                孕产妇 handbook, JSONL)
#   heldout105   samples/heldout105/ (disaster relief: a flood notice, a situation report, a 防疫 notice, a donation
#                list, a doctor's diary, JSONL)
#   heldout106   samples/heldout106/ (credit rating: a rating notice, a 失信 case list, a 信用修复 guide, a scoring
#                Q&A, a 公示, JSONL; floors.json: a day range after 首月的)
#   heldout107   samples/heldout107/ (day surgery: a payment notice, a centre's page, a cataract story, statistics,
#                a Q&A, JSONL)
#   heldout108   samples/heldout108/ (village clinics: an 一般诊疗费 notice, a 村医 profile, a 公示栏, a villagers'
#                Q&A, a 补助 notice, JSONL)
#   heldout109   samples/heldout109/ (dialysis: a 按次付费 notice, a 血透室 page, a patient's blog, an 异地透析
#                guide, statistics news, JSONL; floors.json: 健康湛江, a title's organisation word)
#   heldout110   samples/heldout110/ (tuberculosis and HIV: a treatment notice, a 耐药结核 notice, a 四免一关怀
#                explainer, 世界艾滋病日 news, a forum post, JSONL)
#   heldout111   samples/heldout111/ (assistive devices: a 辅具补贴 notice, a 康复 notice, a centre's page, a
#                parent's story, a 两项补贴 Q&A, JSONL; floors.json: 两项补贴)
#   heldout112   samples/heldout112/ (drug traceability codes: a notice, a scanning guide, a 回流药 case, a Q&A, a
#                bulletin, JSONL; floors.json: a code's length in 位, a code's digits)
#   heldout113   samples/heldout113/ (the 15-minute service circle: a notice, a station list, news, a Q&A, an 考核
#                notice, JSONL; floors.json: an attachment's title)
#   heldout114   samples/heldout114/ (medical dispute mediation: a report, a case summary, a complaint page, a Q&A,
#                court news, JSONL)
#   heldout115   samples/heldout115/ (chest pain and stroke centres: a notice, a 卒中绿道 page, a quality report, a
#                story, a 医保 notice, JSONL; floors.json: 由120送达, titles)
#   heldout116   samples/heldout116/ (scam warnings: an SMS warning, a 反诈 notice, a story, tips, a Q&A, JSONL;
#                floors.json: a PIN's digits in 位)
#   heldout117   samples/heldout117/ (parking and carer fees: a price notice, a 陪护 page, news, a complaint
#                thread, a Q&A, JSONL; floors.json: a related item on one line)
#   heldout14    samples/heldout14/ (a press conference, a prefecture's notice, a 医疗救助 Q&A, a portal
#                page with its chrome, Weibo JSONL)
#   expected     jurisdiction, is_policy, year, schemes, topics and parameters equal the reviewed
#                samples/expected/ (regenerate with `make update-golden`, review the diff)
set -euo pipefail
build=$1
check=$2
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
bin="$build/cli/policy-extract"
py=/usr/bin/python3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() { "$bin" run -q --no-progress "$@"; }
run samples/text -o "$out/text.jsonl"
run samples/html -o "$out/html.jsonl"
run samples/jsonl/seeds.jsonl -o "$out/jsonl.jsonl"
run samples/jsonl/seeds.jsonl.gz -o "$out/gz.jsonl"
run samples/variants -o "$out/variants.jsonl"
forms=("$out/text.jsonl" "$out/html.jsonl" "$out/jsonl.jsonl" "$out/gz.jsonl")
case "$check" in
  counts)
    for f in "${forms[@]}"; do
      n=$(wc -l < "$f")
      echo "$(basename "$f"): $n records"
      [ "$n" -eq 83 ] || { echo "expected 83 records"; exit 1; }
      for e in "$out"/*.errors.jsonl; do [ ! -s "$e" ] || { echo "quarantined: $e"; cat "$e"; exit 1; }; done
    done
    # variants: fullwidth 001 (21), traditional 000 (20), crlf_bom 002 (21), gbk 003 (21), utf16 003 (21)
    n=$(wc -l < "$out/variants.jsonl"); echo "variants: $n records"; [ "$n" -eq 104 ] ;;
  schema)
    $py tests/tools/validate_schema.py output_schema/policy_record.schema.json "${forms[@]}" "$out/variants.jsonl"
    "$bin" validate "${forms[@]}" "$out/variants.jsonl" ;;
  provenance)
    $py tests/tools/check_provenance.py "${forms[@]}" "$out/variants.jsonl" ;;
  forms)
    $py tests/tools/compare_forms.py "$out/text.jsonl" "$out/html.jsonl" "$out/jsonl.jsonl" "$out/gz.jsonl" "$out/variants.jsonl" ;;
  explain)
    # explain's output is valid UTF-8 (long blocks are cut at a character, not inside one) for
    # every bundled page.
    find samples/text samples/html samples/jsonl samples/heldout*/pages -type f | sort | while read -r f; do
      "$bin" explain "$f" | $py -c 'import sys; sys.stdin.buffer.read().decode("utf-8")' || { echo "not UTF-8: $f"; exit 1; }
    done
    echo "explain: UTF-8 for every bundled page" ;;
  threads)
    "$bin" run -q --no-progress -j 1 samples -o "$out/t1.jsonl"
    "$bin" run -q --no-progress -j 2 samples -o "$out/t2.jsonl"
    "$bin" run -q --no-progress -j 2 samples -o "$out/t3.jsonl"
    cmp "$out/t1.jsonl" "$out/t2.jsonl" && cmp "$out/t2.jsonl" "$out/t3.jsonl"
    echo "identical: $(wc -l < "$out/t1.jsonl") records, sha256 $(sha256sum < "$out/t1.jsonl" | cut -c1-16)" ;;
  gold)
    for f in "$out/text.jsonl" "$out/html.jsonl" "$out/jsonl.jsonl"; do
      echo "== $(basename "$f")"
      "$bin" eval --gold samples/gold --floors samples/gold/floors.json --summary-only "$f"
    done ;;
  heldout|heldout[0-9]*)
    [ -d "samples/$check/gold" ] || { echo "no held-out set samples/$check"; exit 2; }
    run "samples/$check/pages" -o "$out/$check.jsonl"
    $py tests/tools/validate_schema.py output_schema/policy_record.schema.json "$out/$check.jsonl"
    $py tests/tools/check_provenance.py "$out/$check.jsonl"
    # The seed floors, unless the set keeps its own (a reviewed difference, said in its README).
    floors=samples/gold/floors.json
    if [ -f "samples/$check/floors.json" ]; then floors="samples/$check/floors.json"; fi
    "$bin" eval --gold "samples/$check/gold" --floors "$floors" --summary-only "$out/$check.jsonl" ;;
  expected)
    $py tests/tools/project_records.py "$out/text.jsonl" --check samples/expected ;;
  *) echo "unknown check $check"; exit 2 ;;
esac
