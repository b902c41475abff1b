// Which addresses one fetch may connect to, hop by hop. The URL a user typed may point anywhere,
// their own machine and network included: they chose it. A redirect is the server's choice, so
// once a hop has reached a public address, later hops must stay on public addresses.

import { type AddressKind, addressKind } from './address-kind.js'

/** A connection the policy refused: to `address`, of `kind`, after a public hop. */
export class RefusedAddress extends Error {
  constructor(
    readonly address: string,
    readonly kind: AddressKind,
  ) {
    super(`${kind} address ${address} refused after a public one`)
    this.name = 'RefusedAddress'
  }
}

export class HopPolicy {
  private publicBefore = false
  private publicNow = false

  /** `treatAsPublic`: addresses taken for public ones (tests have only loopback to play with). */
  constructor(private readonly treatAsPublic: ReadonlySet<string> = new Set()) {}

  /** Throws RefusedAddress for a non-public address after a public hop. */
  readonly check = (address: string): void => {
    const kind = this.treatAsPublic.has(address) ? 'public' : addressKind(address)
    if (kind === 'public') this.publicNow = true
    else if (this.publicBefore) throw new RefusedAddress(address, kind)
  }

  /** The response said "go elsewhere": what this hop reached now counts as before. */
  redirected(): void {
    this.publicBefore ||= this.publicNow
    this.publicNow = false
  }
}
