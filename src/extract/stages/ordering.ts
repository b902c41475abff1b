import { stage } from '../pipeline/stage.js'
import { numberStatements } from '../statement-order.js'

/** Statements in text order with their global ids ("<document id>:s<n>"). */
export function orderStatements() {
  return stage('ordering', [], [], (doc) => numberStatements(doc.id, doc.statements))
}
