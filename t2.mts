import { evaluatePolnear, formatEvalReport } from './src/eval/evaluate.js'
const r = await evaluatePolnear(process.argv[2] ?? '../shared/polnear/dev')
console.log(formatEvalReport(r, { misses: process.argv[3] === 'misses' }))
