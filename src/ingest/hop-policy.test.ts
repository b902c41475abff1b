import { describe, expect, it } from 'vitest'
import { HopPolicy, RefusedAddress } from './hop-policy.js'

describe('HopPolicy', () => {
  it('lets the first hop go anywhere, and private hops follow private ones', () => {
    const policy = new HopPolicy()
    policy.check('127.0.0.1')
    policy.redirected()
    policy.check('192.168.1.10')
    policy.redirected()
    expect(() => policy.check('10.0.0.1')).not.toThrow()
  })

  it('refuses any non-public address once a hop was public, however many hops later', () => {
    const policy = new HopPolicy()
    policy.check('10.0.0.1')
    policy.redirected()
    policy.check('93.184.216.34')
    policy.redirected()
    policy.check('8.8.8.8')
    policy.redirected()
    for (const address of ['127.0.0.1', '::1', '169.254.169.254', '::ffff:10.0.0.1', '0.0.0.0', 'fd00::1']) {
      expect(() => policy.check(address)).toThrow(RefusedAddress)
    }
    expect(() => policy.check('1.1.1.1')).not.toThrow()
  })

  it('takes the addresses it is told to for public ones', () => {
    const policy = new HopPolicy(new Set(['127.0.0.2']))
    policy.check('127.0.0.2')
    policy.redirected()
    expect(() => policy.check('127.0.0.1')).toThrow(new RefusedAddress('127.0.0.1', 'loopback'))
  })
})
