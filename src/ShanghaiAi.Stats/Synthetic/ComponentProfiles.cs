using static ShanghaiAi.Stats.Synthetic.Profiles;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>Generator profiles: Component (01), infrastructure and software (02-03) enterprises.</summary>
internal static class ComponentProfiles
{
    internal static IEnumerable<Profile> Components()
    {
        yield return P("0101", 20, ["6520", "6520", "3973"],
            ["人工智能芯片设计", "AI芯片研发", "GPU芯片设计", "NPU神经网络处理器研发", "类脑芯片研发", "智能计算芯片（AI芯片）销售"],
            ["集成电路设计", "集成电路芯片及产品销售", "半导体器件专用设备销售", "电子元器件批发"],
            ["design of AI chips", "research and development of GPU and NPU accelerators"],
            ["云端AI训练芯片", "AI推理芯片", "边缘AI芯片", "GPU图形处理器", "NPU IP核"],
            ["微电子", "半导体", "芯片科技", "集成电路", "智芯科技"], 60_000, 1.5, 0.25, 0.10, 0.10);
        yield return P("0102", 15, ["3911", "3912"],
            ["智能服务器研发", "AI服务器制造", "人工智能计算设备研发", "智能计算集群设备销售"],
            ["计算机软硬件及外围设备制造", "服务器销售", "网络设备制造", "计算机整机制造"],
            ["manufacture of AI servers", "research and development of intelligent computing equipment"],
            ["AI服务器", "训练一体机", "推理服务器", "液冷智能服务器", "智能计算集群"],
            ["计算机", "信息技术", "电子科技", "计算设备"], 80_000, 1.4, 0.20, 0.05, 0.15);
        yield return P("0103", 18, ["3983"],
            ["激光雷达研发与制造", "智能传感器制造", "机器视觉传感器研发", "3D视觉传感器销售", "毫米波雷达研发"],
            ["敏感元件及传感器制造", "光电子器件制造", "电子测量仪器销售", "仪器仪表销售"],
            ["manufacture of LiDAR", "research and development of intelligent sensors"],
            ["车规级激光雷达", "智能视觉传感器", "3D相机", "MEMS智能传感器", "毫米波雷达"],
            ["传感技术", "光电科技", "感知科技", "雷达科技"], 40_000, 1.3, 0.22, 0.05, 0.05);
        yield return P("0201", 15, ["6450", "6550"],
            ["智算中心运营", "智能算力服务", "算力租赁服务", "人工智能算力调度平台运营", "人工智能公共算力服务"],
            ["数据处理和存储支持服务", "互联网数据服务", "云计算装备技术服务", "数据中心运维服务"],
            ["operation of intelligent computing centres", "AI computing power leasing"],
            ["智能算力租赁", "智算中心托管运营", "AI训练算力服务", "算力调度平台"],
            ["算力科技", "云计算", "数据科技", "智算科技"], 50_000, 1.5, 0.35, 0.05, 0.90);
        yield return P("0202", 20, ["6450", "6550", "6560"],
            ["数据标注服务", "人工智能训练数据集服务", "数据采集与标注", "语料库建设服务", "AI训练数据服务"],
            ["数据处理服务", "信息技术咨询服务", "信息咨询服务（不含许可类信息咨询服务）"],
            ["data annotation services", "training data sets for artificial intelligence"],
            ["数据标注", "数据清洗", "训练数据集", "多模态语料"],
            ["数据科技", "信息技术", "数据服务"], 8_000, 1.2, 0.30, 0.10, 0.85);
    }

    internal static IEnumerable<Profile> Software()
    {
        yield return P("0301", 25, ["6511", "6513", "6513", "6519"],
            ["大模型研发", "大语言模型技术开发", "预训练大模型服务", "多模态大模型研发", "通用人工智能算法研发"],
            ["软件开发", "信息技术咨询服务"],
            ["development of large language models", "foundation model services"],
            ["通用大模型", "行业大模型API", "多模态大模型", "大模型推理服务"],
            ["人工智能科技", "智能科技", "信息科技"], 20_000, 1.8, 0.60, 0.50, 0.45);
        yield return P("0302", 15, ["6511", "6512"],
            ["深度学习框架研发", "机器学习平台开发", "人工智能开发平台软件开发", "AI操作系统开发", "人工智能基础软件开发"],
            ["基础软件开发", "支撑软件开发", "软件销售"],
            ["development of deep learning frameworks", "machine learning platform software"],
            ["深度学习框架", "AI开发平台", "MLOps平台", "模型部署工具链"],
            ["软件", "信息技术", "智能科技"], 15_000, 1.5, 0.30, 0.80, 0.15);
        yield return P("0303", 35, ["6513"],
            ["计算机视觉技术开发", "图像识别软件开发", "机器视觉系统开发", "视频智能分析软件开发", "视觉算法技术服务"],
            ["软件开发", "安防设备销售", "计算机系统服务"],
            ["computer vision technology", "image recognition software"],
            ["图像识别算法", "视频结构化分析系统", "机器视觉检测软件", "视觉算法平台"],
            ["视觉科技", "图像科技", "智能科技", "视觉智能"], 15_000, 1.5, 0.20, 0.60, 0.30);
        yield return P("0304", 25, ["6513"],
            ["语音识别技术开发", "智能语音软件开发", "自然语言处理技术服务", "机器翻译软件开发", "语音合成技术开发"],
            ["软件开发", "翻译服务"],
            ["speech recognition technology", "natural language processing services"],
            ["语音识别引擎", "智能语音交互系统", "机器翻译平台", "语音合成引擎"],
            ["声学科技", "语音科技", "智能科技"], 15_000, 1.5, 0.20, 0.60, 0.30);
        yield return P("0305", 20, ["6513"],
            ["知识图谱构建服务", "知识图谱技术开发", "基于人工智能的智能决策系统开发", "决策智能平台开发"],
            ["软件开发", "数据处理服务"],
            ["knowledge graph technology", "decision intelligence software"],
            ["企业知识图谱平台", "决策智能引擎", "知识图谱构建工具"],
            ["数据智能", "信息技术", "智能科技"], 10_000, 1.4, 0.20, 0.60, 0.35);
        yield return P("0306", 15, ["6513"],
            ["人脸识别技术开发", "生物特征识别系统开发", "指纹识别产品研发", "虹膜识别技术开发", "声纹识别技术服务"],
            ["安全技术防范系统设计施工服务", "软件开发", "安防设备销售"],
            ["face recognition technology", "biometric identification systems"],
            ["人脸识别闸机", "身份核验系统", "指纹识别模组", "虹膜识别设备"],
            ["识别技术", "智能科技", "安防科技"], 12_000, 1.4, 0.15, 0.40, 0.20);
        yield return P("0307", 20, ["6513"],
            ["虚拟现实技术开发", "增强现实技术开发", "人机交互技术开发", "虚拟现实设备研发", "混合现实内容制作"],
            ["软件开发", "显示器件销售", "电子产品销售"],
            ["virtual reality and augmented reality technology", "human-computer interaction technology"],
            ["VR内容平台", "AR交互系统", "人机交互中间件", "虚拟现实实训系统"],
            ["虚拟现实", "数字科技", "视界科技"], 10_000, 1.4, 0.20, 0.50, 0.30);
    }
}
