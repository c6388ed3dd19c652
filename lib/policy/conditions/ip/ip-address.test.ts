import { OPERATORS_DOC, runConditionCases } from '../condition-cases'

const IP = `${OPERATORS_DOC}#Conditions_IPAddress`

runConditionCases('IpAddress', [
  { name: 'an address inside an IPv4 block', operator: 'IpAddress', policy: ['203.0.113.0/24'], request: '203.0.113.77', expected: true, doc: IP },
  { name: 'the first address of the block', operator: 'IpAddress', policy: ['203.0.113.0/24'], request: '203.0.113.0', expected: true },
  { name: 'the last address of the block', operator: 'IpAddress', policy: ['203.0.113.0/24'], request: '203.0.113.255', expected: true },
  { name: 'just outside the block', operator: 'IpAddress', policy: ['203.0.113.0/24'], request: '203.0.114.0', expected: false },
  { name: 'a bare IPv4 address is a /32', operator: 'IpAddress', policy: ['203.0.113.5'], request: '203.0.113.5', expected: true, doc: IP },
  { name: 'a bare IPv4 address matches only itself', operator: 'IpAddress', policy: ['203.0.113.5'], request: '203.0.113.6', expected: false },
  { name: '/0 holds every IPv4 address', operator: 'IpAddress', policy: ['0.0.0.0/0'], request: '255.255.255.255', expected: true },
  { name: 'host bits in the policy block are masked off', operator: 'IpAddress', policy: ['10.1.2.3/16'], request: '10.1.200.9', expected: true },
  { name: 'an address inside an IPv6 block', operator: 'IpAddress', policy: ['2001:DB8:1234:5678::/64'], request: '2001:db8:1234:5678:abcd::1', expected: true, doc: IP },
  { name: 'outside the IPv6 block', operator: 'IpAddress', policy: ['2001:db8:1234:5678::/64'], request: '2001:db8:1234:5679::1', expected: false },
  { name: 'a bare IPv6 address is a /128, in any spelling', operator: 'IpAddress', policy: ['2001:db8::1'], request: '2001:0db8:0000:0000:0000:0000:0000:0001', expected: true },
  { name: 'an IPv6 address is never in an IPv4 block', operator: 'IpAddress', policy: ['0.0.0.0/0'], request: '::1', expected: false },
  { name: 'an IPv4 address is never in an IPv6 block', operator: 'IpAddress', policy: ['::/0'], request: '10.0.0.1', expected: false },
  { name: 'an IPv4-mapped IPv6 address is IPv6, not in the IPv4 block', operator: 'IpAddress', policy: ['192.0.2.0/24'], request: '::ffff:192.0.2.1', expected: false },
  { name: 'an IPv4-mapped IPv6 address is in ::ffff:0:0/96', operator: 'IpAddress', policy: ['::ffff:0:0/96'], request: '::ffff:192.0.2.1', expected: true },
  { name: 'ORs an IPv4 and an IPv6 block (dual stack)', operator: 'IpAddress', policy: ['192.0.2.0/24', '2001:db8::/32'], request: '2001:db8::9', expected: true },
  { name: 'a request value that is not an address never matches', operator: 'IpAddress', policy: ['0.0.0.0/0'], request: 'localhost', expected: false },
  { name: 'a request CIDR is not an address', operator: 'IpAddress', policy: ['10.0.0.0/8'], request: '10.0.0.0/24', expected: false },
  { name: 'an invalid policy block never matches', operator: 'IpAddress', policy: ['10.0.0.0/33'], request: '10.0.0.1', expected: false },
  { name: 'is false when the key is missing', operator: 'IpAddress', policy: ['10.0.0.0/8'], request: null, expected: false },
  { name: 'IfExists is true when the key is missing (aws:SourceIp absent for service calls)', operator: 'IpAddressIfExists', policy: ['10.0.0.0/8'], request: null, expected: true },
])
