ShanghaiAi.Stats.Benchmarks.ClassifyBenchmark.Run(args);
