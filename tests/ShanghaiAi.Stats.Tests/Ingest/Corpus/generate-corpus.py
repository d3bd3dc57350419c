# Regenerates the corpus: run `python3 generate-corpus.py` in this folder.
import json, os
W=[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
A="0123456789ABCDEFGHJKLMNPQRTUWXY"
def uscc(body):
    s=sum(A.index(c)*w for c,w in zip(body,W)); return body+A[(31-s%31)%31]
U=[uscc("913101150000%05d"%i) for i in range(1,8)]  # U[0..5] in register, U[6] not
def bad_check(u):
    c = A[(A.index(u[17])+1)%31]; return u[:17]+c
os.makedirs("monthly",exist_ok=True); os.makedirs("register",exist_ok=True); os.makedirs("park",exist_ok=True); os.makedirs("roster",exist_ok=True); os.makedirs("file",exist_ok=True)
def w(path, text):
    with open(path,"w",encoding="utf-8",newline="") as f: f.write(text)
REGH="uscc,name,district_code,park_id,industry_code,business_scope,main_products,registered_on,size_class\n"
base=REGH+"".join(f"{u},上海测试智能科技有限公司{i+1},310115,SHAIP01,6513,人工智能软件开发;数据处理,大模型平台,2015-01-0{i+1},规上\n" for i,u in enumerate(U[:5]))
base+=f"{U[5]},上海新设智能有限公司,310115,,6513,人工智能应用软件,,2026-03-01,规下\n"
w("register-base.csv", base)
MH="uscc,period,revenue_ytd,revenue_ytd_prev,ai_revenue_ytd,ai_revenue_ytd_prev,ai_software_ytd,ai_services_ytd,ai_products_ytd,profit_ytd,profit_ytd_prev,rd_expense_ytd,rd_expense_ytd_prev,employees_end,rd_staff_end,ai_patents_ytd,compute_used_ytd\n"
ZH="统一社会信用代码,报告期,营业收入 本年累计(千元),营业收入 上年同期(千元),人工智能业务收入 本年累计,人工智能业务收入 上年同期,其中: 人工智能软件收入,其中: 人工智能服务收入,其中: 人工智能产品收入,利润总额 本年累计,利润总额 上年同期,研发费用 本年累计,研发费用 上年同期,从业人员期末人数（人）,其中: 研发人员,人工智能专利申请数 本年累计,算力使用量 本年累计\n"
def row(u, period="2026-10", **kw):
    v=dict(rev="1000",revp="900",ai="500",aip="450",sw="200",sv="200",pr="100",pf="80",pfp="70",rd="50",rdp="45",emp="100",rds="30",pat="2",cmp="1.5")
    v.update(kw)
    return ",".join([u,period]+[v[k] for k in ["rev","revp","ai","aip","sw","sv","pr","pf","pfp","rd","rdp","emp","rds","pat","cmp"]])+"\n"
good=MH+row(U[0])+row(U[1])+row(U[2])
w("monthly/valid.csv", good)
w("monthly/valid-zh.csv", ZH+row(U[0])+row(U[1])+row(U[2]))
w("monthly/semicolon.csv", (MH+row(U[0])+row(U[1])).replace(",",";"))
w("monthly/tab.tsv", (ZH+row(U[0])+row(U[1])).replace(",","\t"))
w("monthly/pipe.csv", (MH+row(U[0])).replace(",","|"))
w("monthly/header-only.csv", MH)
w("monthly/missing-columns.csv", "uscc,period,revenue_ytd,ai_revenue_ytd\n"+f"{U[0]},2026-10,1000,500\n")
w("monthly/duplicate-columns.csv", MH.rstrip("\n")+",统一社会信用代码\n"+row(U[0]).rstrip("\n")+f",{U[0]}\n")
w("monthly/unknown-columns.csv", MH.rstrip("\n")+",备注,填报说明\n"+row(U[0]).rstrip("\n")+",ok,\n")
w("monthly/duplicates.csv", MH+row(U[0])+row(U[1])+row(U[0],rev="1200")+row(U[2]))
w("monthly/bad-check-digit.csv", MH+row(bad_check(U[0]))+row(U[1])+row(U[2][:17])+row(U[3].replace("0","O",1)))
w("monthly/lower-fullwidth-uscc.csv", MH+row(U[0].lower())+row("".join(chr(ord(c)+0xFEE0) for c in U[1]))+row(" "+U[2]+" "))
w("monthly/future-period.csv", MH+row(U[0],"2026-12")+row(U[1],"2026-11")+row(U[2],"2027-01"))
w("monthly/bad-period.csv", MH+row(U[0],"2019-12")+row(U[1],"2026-13")+row(U[2],"Sept 2026")+row(U[3],"202610")+row(U[4],"2026年10月"))
w("monthly/negative.csv", MH+row(U[0],rev="-5",ai="0",sw="0",sv="0",pr="0")+row(U[1],pf="-300",pfp="-20")+row(U[2],emp="-1",rds="0"))
w("monthly/ai-above-revenue.csv", MH+row(U[0],ai="1500",sw="500",sv="500",pr="500")+row(U[1],aip="950"))
w("monthly/split-not-adding.csv", MH+row(U[0],sw="100")+row(U[1],sw="200.6",sv="200",pr="100")+row(U[2],sw="",sv="",pr=""))
w("monthly/rd-staff-above.csv", MH+row(U[0],rds="101")+row(U[1],rds="100"))
w("monthly/formula-like.csv", MH+row(U[0],rev='"=1+2"')+row(U[1],ai="@SUM(A1)",)+row(U[2]))
w("monthly/thousands-fullwidth.csv", MH+row(U[0],rev='"1,234,567.89"',revp='"1,000,000"')+row(U[1],rev="１２３４．５",revp="１，０００")+row(U[2],rev='" 2,000 "'))
w("monthly/bad-thousands.csv", MH+row(U[0],rev='"12,3"')+row(U[1],rev='"1,2345"')+row(U[2],rev="1.2.3"))
w("monthly/not-in-register.csv", MH+row(U[6])+row(U[0]))
w("monthly/missing-values.csv", MH+row(U[0],rev="")+row(U[1],ai="",sw="",sv="",pr="")+row(U[2],emp="",rds=""))
w("monthly/not-integer.csv", MH+row(U[0],emp="100.5")+row(U[1],pat="1.0"))
w("monthly/soft-rules.csv", MH+row(U[0],revp="100",aip="50")+row(U[1],rd="2000",rev="1000")+row(U[2],revp="",aip="")+row(U[5],revp="",aip="",pfp="",rdp=""))
w("monthly/extra-cells.csv", MH+row(U[0]).rstrip("\n")+",surprise\n"+row(U[1]))
w("monthly/trailing-empty-rows.csv", MH+row(U[0])+row(U[1])+",,,,,,,,,,,,,,,,\n\n,,,\n")
w("monthly/truncated.csv", MH+row(U[0])+row(U[1])[:40])
w("monthly/unterminated-quote.csv", MH+row(U[0])+f'{U[1]},2026-10,"1000,900,500\n')
w("monthly/valid.json", json.dumps([{"统一社会信用代码":U[0],"报告期":"2026-10","营业收入 本年累计":1000,"营业收入 上年同期":900,"人工智能业务收入 本年累计":500,"人工智能业务收入 上年同期":450,"人工智能软件收入":200,"人工智能服务收入":200,"人工智能产品收入":100,"利润总额 本年累计":80,"利润总额 上年同期":70,"研发费用 本年累计":50,"研发费用 上年同期":45,"从业人员期末人数":100,"研发人员":30,"人工智能专利申请数":2,"算力使用量":1.5}, {"统一社会信用代码":U[1],"报告期":"2026-10","营业收入 本年累计":"abc","营业收入 上年同期":900,"人工智能业务收入 本年累计":500,"人工智能业务收入 上年同期":450,"人工智能软件收入":200,"人工智能服务收入":200,"人工智能产品收入":100,"利润总额 本年累计":80,"利润总额 上年同期":70,"研发费用 本年累计":50,"研发费用 上年同期":45,"从业人员期末人数":100,"研发人员":30,"人工智能专利申请数":2,"算力使用量":1.5,"备注":None}], ensure_ascii=False, indent=1))
w("file/invalid.json", '[{"uscc": "x", ')
w("file/object.json", '{"uscc": "x"}')
w("file/empty-array.json", '[ ]')
w("file/empty.csv", "")
w("file/whitespace.csv", "  \n\n \r\n")
w("file/corrupt.xlsx", "this is not a workbook, just text saved with an xlsx name\n")
# register cases
w("register/bad-values.csv", REGH
  + f"{U[0]},A公司,310199,SHAIP01,6513,软件,,2015-01-01,规上\n"          # bad district H05
  + f"{U[1]},B公司,310103,,6513,软件,,2015-01-01,规上\n"                 # retired -> S01 (+S02 since 310101 != 310115)
  + f"{U[2]},C公司,310115,SHAIP99,6513,软件,,2015-01-01,规上\n"          # unknown park H06
  + f"{U[3]},D公司,310115,SHAIP02,65130,软件,,2015-01-01,规上\n"         # park other district S03, industry H07
  + f"{U[4]},E公司,310115,,I6513,,,2030-01-01,大型\n"                   # S04 scope empty, H09 future, S05 size
  + f"{U[5]},,310115,,6513,软件,,2015-13-45,规下\n"                     # H03 name missing, H08 bad date
  + f"{U[6]},\"=HYPERLINK(\"\"http://x\"\")\",浦东新区,,6513,软件,,20150101,是\n")  # FILE-S01, district by name ok
w("register/duplicates.csv", REGH + f"{U[0]},A,310115,,6513,软件,,,\n{U[1]},B,310115,,6513,软件,,,\n{U[0].lower()},A2,310115,,6513,软件,,,\n")
w("register/personal.csv", "统一社会信用代码,单位详细名称,所在区,行业代码,经营范围,联系人,联系电话,电子邮箱,手机\n" + f"{U[0]},A公司,310115,6513,软件,张三,021-12345678,a@b.cn,13800000000\n")
w("register/division-differs.csv", REGH + f"{uscc('91310104MA1K00001')},徐汇注册公司,310115,,6513,软件,,,\n" + f"{uscc('91310000MA1K00002')},市级注册公司,310115,,6513,软件,,,\n")
# park cases
PH="park_id,period,compute_capacity_pflops,public_compute_sme_share,open_datasets,scenarios_opened,demonstration_projects,financing_raised,incubator_area,talent_services,ip_services,rent_relief,pue,ethics_review\n"
def prow(p="SHAIP01", period="2026-09", **kw):
    v=dict(cap="120.5",share="35",ds="12",sc="8",dp="5",fin="25000",inc="50000",ts="1200",ip="300",rent="150",pue="1.25",eth="是"); v.update(kw)
    return ",".join([p,period]+[v[k] for k in ["cap","share","ds","sc","dp","fin","inc","ts","ip","rent","pue","eth"]])+"\n"
w("park/valid.csv", PH+prow()+prow("SHAIP02")+prow("shaip03", eth="no"))
w("park/bad-values.csv", PH+prow(share="120")+prow("SHAIP02",pue="0.9")+prow("SHAIP03",ds="12.5")+prow("SHAIP04",eth="maybe")+prow("SHAIP99")+prow("SHAIP05","2026-08")+prow("SHAIP06",rent="-1"))
w("park/duplicates.csv", PH+prow()+prow()+prow("SHAIP02"))
# roster
RH="统一社会信用代码,单位名称,行政区划代码,行业代码,经营范围,入会日期,联系人,电话\n"
w("roster/valid.csv", RH+f"{U[0]},上海测试智能科技有限公司1,310115,6513,人工智能软件开发,2020-05-01,李四,13900000000\n"+f"{U[6]},新会员公司,310115,6513,智能机器人,2024-01-01,王五,13700000000\n")
cases=[]
def case(name, kind, file, expect=None, seed=True, **extra):
    d=dict(name=name, kind=kind, file=file, seed=seed, expect=expect); d.update(extra); cases.append(d)
def ok(rows, acc, rej=0, dup=0, issues=()):
    return dict(rows=rows, accepted=acc, rejected=rej, duplicates=dup, issues=sorted(issues))
def bad(rule): return dict(file_rule=rule)
M="monthly-report"
case("valid canonical headers", M, "monthly/valid.csv", ok(3,3))
case("valid Chinese headers with units", M, "monthly/valid-zh.csv", ok(3,3))
case("UTF-8 with BOM", M, "monthly/valid-zh.csv", ok(3,3), encoding="utf-8-bom")
case("GB18030", M, "monthly/valid-zh.csv", ok(3,3), encoding="gb18030")
case("UTF-16LE with BOM", M, "monthly/tab.tsv", ok(2,2), encoding="utf-16le-bom")
case("UTF-16LE without BOM", M, "monthly/valid-zh.csv", ok(3,3), encoding="utf-16le")
case("UTF-16BE with BOM", M, "monthly/valid.csv", ok(3,3), encoding="utf-16be-bom")
case("semicolon delimiter", M, "monthly/semicolon.csv", ok(2,2))
case("tab delimiter", M, "monthly/tab.tsv", ok(2,2))
case("wrong delimiter (pipe)", M, "monthly/pipe.csv", bad("FILE-F06"))
case("header only", M, "monthly/header-only.csv", bad("FILE-F08"))
case("missing columns", M, "monthly/missing-columns.csv", bad("FILE-F06"))
case("two columns for one field", M, "monthly/duplicate-columns.csv", bad("FILE-F11"))
case("unknown columns reported", M, "monthly/unknown-columns.csv", ok(1,1,issues=["0:FILE-I01","0:FILE-I01"]))
case("duplicates within upload", M, "monthly/duplicates.csv", ok(4,2,0,2,["2:AI1-H14","4:AI1-H14"]))
case("bad check digits and lengths", M, "monthly/bad-check-digit.csv", ok(4,1,3,0,["2:AI1-H01","4:AI1-H01","5:AI1-H01"]))
case("lower-case, full-width, padded USCCs", M, "monthly/lower-fullwidth-uscc.csv", ok(3,3))
case("future period", M, "monthly/future-period.csv", ok(3,1,2,0,["2:AI1-H04","4:AI1-H04"]))
case("bad periods", M, "monthly/bad-period.csv", ok(5,2,3,0,["2:AI1-H05","3:AI1-H03","4:AI1-H03"]))
case("negative values", M, "monthly/negative.csv", ok(3,1,2,0,["2:AI1-H08","4:AI1-H08"]))
case("AI revenue above revenue", M, "monthly/ai-above-revenue.csv", ok(2,0,2,0,["2:AI1-H09","3:AI1-H10"]))
case("split not adding up", M, "monthly/split-not-adding.csv", ok(3,2,1,0,["2:AI1-H11"]))
case("R&D staff above employees", M, "monthly/rd-staff-above.csv", ok(2,1,1,0,["2:AI1-H13"]))
case("formula-like strings in numbers", M, "monthly/formula-like.csv", ok(3,1,2,0,["2:AI1-H07","3:AI1-H07"]))
case("thousands separators and full-width digits", M, "monthly/thousands-fullwidth.csv", ok(3,3))
case("bad thousands separators", M, "monthly/bad-thousands.csv", ok(3,0,3,0,["2:AI1-H07","3:AI1-H07","4:AI1-H07"]))
case("enterprise not in register", M, "monthly/not-in-register.csv", ok(2,1,1,0,["2:AI1-H02"]))
case("required values missing", M, "monthly/missing-values.csv", ok(3,0,3,0,["2:AI1-H06","3:AI1-H06","4:AI1-H06"]))
case("counts not whole", M, "monthly/not-integer.csv", ok(2,1,1,0,["2:AI1-H12"]))
case("soft rules warn but accept", M, "monthly/soft-rules.csv", ok(4,4,0,0,["2:AI1-S02","3:AI1-S04","4:AI1-S05","4:AI1-S05"]))
case("cells beyond the header", M, "monthly/extra-cells.csv", ok(2,1,1,0,["2:FILE-H02"]))
case("empty trailing rows ignored", M, "monthly/trailing-empty-rows.csv", ok(2,2))
case("truncated CSV", M, "monthly/truncated.csv", ok(2,1,1,0,["3:AI1-H06","3:AI1-S05","3:AI1-S05","3:AI1-S05"]))
case("unterminated quote", M, "monthly/unterminated-quote.csv", ok(2,1,1,0,["3:AI1-H06","3:AI1-H06","3:AI1-S05","3:AI1-S05","3:AI1-S05","3:AI1-S05"]))
case("100k-character cell", M, "generate:long-cell", ok(2,1,1,0,["2:FILE-H01","2:AI1-H07"]))
case("JSON array with mixed headers", M, "monthly/valid.json", ok(2,1,1,0,["0:FILE-I01","2:AI1-H07"]))
case("invalid JSON", M, "file/invalid.json", bad("FILE-F03"))
case("JSON object, not array", M, "file/object.json", bad("FILE-F03"))
case("empty file", M, "file/empty.csv", bad("FILE-F01"))
case("empty JSON array", M, "file/empty-array.json", bad("FILE-F08"))
case("whitespace-only file", M, "file/whitespace.csv", bad("FILE-F01"))
case("corrupt xlsx", M, "file/corrupt.xlsx", bad("FILE-F03"))
case("truncated xlsx", M, "generate:truncated-xlsx", bad("FILE-F03"))
case("zip bomb xlsx", M, "generate:zip-bomb", bad("FILE-F04"))
case("binary junk as csv", M, "generate:binary", bad("FILE-F03"))
case("corrupt xls", M, "generate:legacy-xls", bad("FILE-F03"))
case("file over the size limit", M, "monthly/valid.csv", bad("FILE-F02"), max_file_bytes=100)
case("too many rows", M, "monthly/valid.csv", bad("FILE-F05"), max_rows=2)
case("register file sent as monthly report", M, "register-base.csv", bad("FILE-F07"))
case("xlsx with title rows, merged title, numbers as text", M, "generate:xlsx-title-rows", ok(3,3))
case("xlsx with an instructions sheet first", M, "generate:xlsx-two-sheets", ok(3,3))
case("xlsx named sheet missing", M, "generate:xlsx-two-sheets", bad("FILE-F09"), sheet="不存在")
case("register: bad values", "register", "register/bad-values.csv", seed=False, expect=ok(7,2,5,0,["2:REG-H05","3:REG-S01","3:REG-S02","4:REG-H06","5:REG-S03","5:REG-H07","6:REG-S04","6:REG-H09","6:REG-S05","7:REG-H03","7:REG-H08","8:FILE-S01"]))
case("register: duplicates", "register", "register/duplicates.csv", seed=False, expect=ok(3,1,0,2,["2:REG-H10","4:REG-H10"]))
case("register: personal columns dropped", "register", "register/personal.csv", seed=False, expect=ok(1,1,issues=["0:FILE-I02"]*4))
case("register: district differs from code", "register", "register/division-differs.csv", seed=False, expect=ok(2,2,issues=["2:REG-S02"]))
case("park: valid", "park-report", "park/valid.csv", ok(3,3))
case("park: bad values", "park-report", "park/bad-values.csv", ok(7,1,6,0,["2:PARK-H08","3:PARK-H09","4:PARK-H07","5:PARK-H10","6:PARK-H01","7:PARK-S01","8:PARK-H06"]))
case("park: duplicates", "park-report", "park/duplicates.csv", ok(3,1,0,2,["2:PARK-H11","3:PARK-H11"]))
case("roster: personal columns dropped", "member-roster", "roster/valid.csv", ok(2,2,issues=["0:FILE-I02","0:FILE-I02","2:REG-S06"]), **{"as":"association:sh-ai-industry-association"})
json.dump(dict(note="Each case: kind, file (under Corpus/, or generate:NAME built in code), optional encoding to re-encode the UTF-8 file, limits, and the expected outcome: file_rule for a file that cannot be used, else counts and the exact sorted list of row:rule issues (row 0 = the file/header).", cases=cases), open("manifest.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(cases))
