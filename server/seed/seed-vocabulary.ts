/** Word lists the seed and the simulator draw from. */

export const FIRST_NAMES = [
  'Aarav',
  'Aditi',
  'Aditya',
  'Akash',
  'Ananya',
  'Anil',
  'Anjali',
  'Arjun',
  'Deepa',
  'Deepak',
  'Divya',
  'Farhan',
  'Gaurav',
  'Geeta',
  'Harish',
  'Ishaan',
  'Kavya',
  'Karthik',
  'Lakshmi',
  'Manish',
  'Meena',
  'Mohan',
  'Neha',
  'Nikhil',
  'Pooja',
  'Pradeep',
  'Rajesh',
  'Ramesh',
  'Rekha',
  'Rohit',
  'Sanjay',
  'Sahana',
  'Shreya',
  'Siddharth',
  'Sneha',
  'Sunil',
  'Suresh',
  'Tanvi',
  'Varun',
  'Vidya',
  'Imran',
  'Zoya',
  'Harpreet',
  'Gurpreet',
  'Naveen',
  'Swati',
  'Abhishek',
  'Bhavna',
  'Chetan',
  'Fatima',
];

export const LAST_NAMES = [
  'Agarwal',
  'Bhat',
  'Chopra',
  'Das',
  'Desai',
  'Gowda',
  'Gupta',
  'Iyer',
  'Jain',
  'Joshi',
  'Kapoor',
  'Khan',
  'Kulkarni',
  'Kumar',
  'Menon',
  'Mishra',
  'Nair',
  'Patel',
  'Pillai',
  'Rao',
  'Reddy',
  'Shah',
  'Sharma',
  'Shetty',
  'Singh',
  'Sinha',
  'Srinivasan',
  'Verma',
  'Yadav',
  'Banerjee',
  'Mukherjee',
  'Hegde',
];

export const DRIVER_FIRST_NAMES = [
  'Raju',
  'Manjunath',
  'Ravi',
  'Suresh',
  'Ganesh',
  'Mahesh',
  'Prakash',
  'Santosh',
  'Venkatesh',
  'Shankar',
  'Balaji',
  'Murugan',
  'Anwar',
  'Salim',
  'Baldev',
  'Jaspal',
  'Dinesh',
  'Kishore',
  'Naresh',
  'Ashok',
];

export interface City {
  name: string;
  rto: string;
  localities: string[];
}

export const CITIES: City[] = [
  {
    name: 'Bengaluru',
    rto: 'KA01',
    localities: ['Indiranagar', 'Koramangala', 'Whitefield', 'HSR Layout', 'Jayanagar'],
  },
  {
    name: 'Mumbai',
    rto: 'MH02',
    localities: ['Andheri West', 'Bandra', 'Powai', 'Dadar', 'Thane West'],
  },
  {
    name: 'Delhi',
    rto: 'DL01',
    localities: ['Karol Bagh', 'Dwarka', 'Saket', 'Lajpat Nagar', 'Rohini'],
  },
  {
    name: 'Chennai',
    rto: 'TN09',
    localities: ['T Nagar', 'Adyar', 'Velachery', 'Anna Nagar', 'OMR'],
  },
  {
    name: 'Hyderabad',
    rto: 'TS09',
    localities: ['Gachibowli', 'Banjara Hills', 'Kukatpally', 'Madhapur', 'Secunderabad'],
  },
  {
    name: 'Pune',
    rto: 'MH12',
    localities: ['Kothrud', 'Hinjewadi', 'Viman Nagar', 'Baner', 'Hadapsar'],
  },
  {
    name: 'Kolkata',
    rto: 'WB02',
    localities: ['Salt Lake', 'Park Street', 'New Town', 'Behala', 'Howrah'],
  },
  {
    name: 'Ahmedabad',
    rto: 'GJ01',
    localities: ['Navrangpura', 'Satellite', 'Bopal', 'Maninagar', 'Vastrapur'],
  },
  {
    name: 'Jaipur',
    rto: 'RJ14',
    localities: ['Malviya Nagar', 'Vaishali Nagar', 'C Scheme', 'Mansarovar', 'Raja Park'],
  },
  {
    name: 'Kochi',
    rto: 'KL07',
    localities: ['Kakkanad', 'Edappally', 'Fort Kochi', 'Vyttila', 'Kaloor'],
  },
];

/** Popular one-way routes with road distance in km. */
export const ROUTES: { from: string; to: string; km: number }[] = [
  { from: 'Bengaluru', to: 'Mysuru', km: 150 },
  { from: 'Bengaluru', to: 'Chennai', km: 346 },
  { from: 'Bengaluru', to: 'Coorg', km: 265 },
  { from: 'Mumbai', to: 'Pune', km: 150 },
  { from: 'Mumbai', to: 'Nashik', km: 167 },
  { from: 'Mumbai', to: 'Shirdi', km: 240 },
  { from: 'Delhi', to: 'Agra', km: 233 },
  { from: 'Delhi', to: 'Jaipur', km: 281 },
  { from: 'Delhi', to: 'Dehradun', km: 255 },
  { from: 'Chennai', to: 'Pondicherry', km: 150 },
  { from: 'Chennai', to: 'Tirupati', km: 135 },
  { from: 'Hyderabad', to: 'Vijayawada', km: 275 },
  { from: 'Hyderabad', to: 'Warangal', km: 148 },
  { from: 'Pune', to: 'Mahabaleshwar', km: 120 },
  { from: 'Kolkata', to: 'Digha', km: 185 },
  { from: 'Ahmedabad', to: 'Vadodara', km: 110 },
  { from: 'Jaipur', to: 'Ajmer', km: 135 },
  { from: 'Kochi', to: 'Munnar', km: 125 },
];

export const CAB_MODELS: { model: string; type: string; perKm: number }[] = [
  { model: 'Maruti Swift Dzire', type: 'Sedan', perKm: 12 },
  { model: 'Toyota Etios', type: 'Sedan', perKm: 12 },
  { model: 'Honda Amaze', type: 'Sedan', perKm: 12 },
  { model: 'Hyundai Aura', type: 'Sedan', perKm: 12 },
  { model: 'Maruti Ertiga', type: 'SUV', perKm: 15 },
  { model: 'Toyota Innova', type: 'SUV', perKm: 16 },
  { model: 'Toyota Innova Crysta', type: 'Premium SUV', perKm: 19 },
  { model: 'Maruti WagonR', type: 'Hatchback', perKm: 11 },
];

export const CHAT_TAG_TAXONOMY: { main: string; subs: string[] }[] = [
  { main: 'Booking', subs: ['New booking', 'Booking change', 'Cancellation'] },
  { main: 'Payment', subs: ['Refund', 'Payment failed', 'Invoice request'] },
  { main: 'Ride', subs: ['Driver late', 'Driver behaviour', 'Cab condition', 'Lost item'] },
  { main: 'Partner', subs: ['Partner payment dues', 'Documents pending', 'Trip dispute'] },
  { main: 'Account', subs: ['KYC pending', 'Account blocked', 'Suspicious activity'] },
  { main: 'Feedback', subs: ['Compliment', 'Complaint', 'Escalated'] },
];

export interface TemplateSeed {
  template_id: string;
  name: string;
  stakeholder: 'customer' | 'driver';
  category: 'utility' | 'marketing' | 'authentication';
  body: string;
}

export const TEMPLATE_SEEDS: TemplateSeed[] = [
  {
    template_id: 'tpl_booking_confirmation',
    name: 'booking_confirmation',
    stakeholder: 'customer',
    category: 'utility',
    body: 'Hi {{customer_name}}, your OneWay.Cab booking {{booking_id}} from {{pickup_city}} to {{drop_city}} on {{pickup_time}} is confirmed. Fare: {{fare}}.',
  },
  {
    template_id: 'tpl_driver_details',
    name: 'driver_details',
    stakeholder: 'customer',
    category: 'utility',
    body: 'Hi {{customer_name}}, {{driver_name}} ({{driver_phone}}) will drive you in cab {{cab_number}} for booking {{booking_id}}.',
  },
  {
    template_id: 'tpl_payment_reminder',
    name: 'payment_reminder',
    stakeholder: 'customer',
    category: 'utility',
    body: 'Hi {{customer_name}}, {{amount}} is pending for booking {{booking_id}}. Pay securely here: {{payment_link}}',
  },
  {
    template_id: 'tpl_feedback_request',
    name: 'feedback_request',
    stakeholder: 'customer',
    category: 'marketing',
    body: 'Hi {{customer_name}}, how was your trip {{booking_id}}? Reply with a rating from 1 to 5 and tell us how we can do better.',
  },
  {
    template_id: 'tpl_conversation_follow_up',
    name: 'conversation_follow_up',
    stakeholder: 'customer',
    category: 'utility',
    body: 'Hi {{customer_name}}, we are following up on your recent query with OneWay.Cab. Reply to this message to continue the conversation.',
  },
  {
    template_id: 'tpl_trip_assignment',
    name: 'trip_assignment',
    stakeholder: 'driver',
    category: 'utility',
    body: 'Hi {{driver_name}}, trip {{booking_id}} is assigned to you: pickup in {{pickup_city}} at {{pickup_time}}. Reply YES to confirm.',
  },
  {
    template_id: 'tpl_partner_payment_due',
    name: 'partner_payment_due',
    stakeholder: 'driver',
    category: 'utility',
    body: 'Hi {{driver_name}}, your partner account has {{amount}} due. Pay here to keep receiving trips: {{payment_link}}',
  },
  {
    template_id: 'tpl_document_expiry',
    name: 'document_expiry',
    stakeholder: 'driver',
    category: 'utility',
    body: 'Hi {{driver_name}}, your {{document}} is expiring soon. Upload the renewed copy in the partner app to keep receiving trips.',
  },
  {
    template_id: 'tpl_driver_follow_up',
    name: 'driver_follow_up',
    stakeholder: 'driver',
    category: 'utility',
    body: 'Hi {{driver_name}}, we are following up on your recent query with OneWay.Cab partner support. Reply to this message to continue.',
  },
];
